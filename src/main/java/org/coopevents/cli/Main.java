package org.coopevents.cli;

import java.util.Arrays;

/** Entry point of the bundled jar: {@code java -jar coopevents.jar SUBCOMMAND [options]}. */
public final class Main {
  static final String USAGE = String.join("\n",
      "usage: scripts/coopevents SUBCOMMAND [options]",
      "  run       --input=PATHS --output=DIR [--overwrite=true] [Beam options]  build the dataset",
      "  nightly   --archive=PATHS --dataset=DIR [--keep=N] [--force] ...      rebuild into DIR/runs, move DIR/latest",
      "  evaluate  --output=DIR --gold=FILE[,FILE] [--json=FILE]                score it against gold",
      "  report    DIR [--screenshot=FILE.png]                              write DIR/report.html (and a picture of it)",
      "  generate  --articles=N --output=DIR [--seed=S] [--bad-share=0.01]       write a test corpus + gold",
      "  bench     --articles=N [--runner=...] [--compare] [pipeline options]   measure the job",
      "  compare   DIR_A DIR_B                                                  diff two outputs table by table",
      "  help      this text; 'SUBCOMMAND --help' for a subcommand's options");

  /** Exit code of every subcommand for a bad command line, a missing file or folder included. */
  public static final int BAD_COMMAND_LINE = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a subcommand and returns its exit code (0 ok, 1 failed, 2 bad command line). */
  public static int run(String[] args) {
    if (args.length == 0) {
      System.err.println(USAGE);
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "run":
        return RunCommand.run(rest);
      case "nightly":
        return NightlyCommand.run(rest, System.out, System.err);
      case "evaluate":
        return org.coopevents.eval.EvaluateCommand.run(rest, System.out, System.err);
      case "report":
        return org.coopevents.report.ReportCommand.run(rest, System.out, System.err);
      case "generate":
        return org.coopevents.gen.GenerateCommand.run(rest, System.out, System.err);
      case "bench":
        return org.coopevents.bench.BenchCommand.run(rest, System.out, System.err);
      case "compare":
        return org.coopevents.compare.CompareCommand.run(rest, System.out, System.err);
      case "help":
      case "--help":
      case "-h":
        System.out.println(USAGE);
        return 0;
      default:
        System.err.println("coopevents: unknown subcommand '" + args[0] + "'");
        System.err.println(USAGE);
        return 2;
    }
  }
}
