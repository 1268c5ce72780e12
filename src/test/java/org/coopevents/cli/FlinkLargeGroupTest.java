package org.coopevents.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.junit.jupiter.api.Test;

/**
 * The shape of the duplicate search's joins (FindDuplicateArticles: one signature and the
 * candidate pairs of an article, read one tag after the other) with one key holding more values
 * than a CoGroupByKey result keeps in memory (10,000), run on Flink embedded with the options
 * {@code run} gives it. At 1M generated articles such a key failed the job ("GBK result is not
 * re-iterable") until {@code run} set {@code --reIterableGroupByKeyResult}.
 */
class FlinkLargeGroupTest {
  private static final int PAIRS = 10_001;

  /** Like FindDuplicateArticles.CarryFirstFn: the one value of a tag, then every value of another. */
  static final class BothTagsFn extends DoFn<KV<String, CoGbkResult>, String> {
    private final TupleTag<Integer> pairs;
    private final TupleTag<String> sig;

    BothTagsFn(TupleTag<Integer> pairs, TupleTag<String> sig) {
      this.pairs = pairs;
      this.sig = sig;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<String> out) {
      String s = e.getValue().getOnly(sig, null);
      for (Integer p : e.getValue().getAll(pairs)) out.output(s + "-" + p);
    }
  }

  @Test
  void aJoinKeyWithMoreThanTenThousandValuesRunsOnFlinkWithRunsOptions() {
    String[] args = RunCommand.clusterRunnerDefaults("FlinkRunner", new String[] {"--runner=FlinkRunner"}, 2);
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs(args).create());
    List<KV<String, Integer>> many = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) many.add(KV.of("hub", i));
    many.add(KV.of("small", 1));
    TupleTag<Integer> pairs = new TupleTag<>();
    TupleTag<String> sig = new TupleTag<>();
    PCollection<KV<String, Integer>> pairRows = p.apply("Pairs", Create.of(many)
        .withCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())));
    PCollection<KV<String, String>> sigRows = p.apply("Signatures", Create.of(KV.of("hub", "h"), KV.of("small", "s"))
        .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollection<Long> n = KeyedPCollectionTuple.of(pairs, pairRows).and(sig, sigRows)
        .apply(CoGroupByKey.create())
        .apply(ParDo.of(new BothTagsFn(pairs, sig)))
        .apply(Count.globally());
    PAssert.thatSingleton(n).isEqualTo((long) PAIRS + 1);
    p.run().waitUntilFinish();
  }
}
