package org.coopevents.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a subcommand in-process and keeps its exit code, standard output and error. */
public final class CommandRun {
  /** A subcommand's entry point: {@code (args, out, err) -> exit code}. */
  @FunctionalInterface
  public interface Command {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  public final int code;
  public final String out;
  public final String err;

  private CommandRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  public static CommandRun of(Command command, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = command.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    return new CommandRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }
}
