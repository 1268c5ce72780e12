package org.coopevents.sink;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * (statistic key, count) pairs → one "key TAB sum" line per key ({@link RunStats#line}), in key
 * order.
 *
 * <p>The counts are summed per bundle first and the partial sums meet on one key: the
 * statistics are a few per input file, far fewer than the rows counted. A per-key
 * {@code Sum.longsPerKey()} made the DirectRunner build a bundle, and the evaluators of every
 * downstream step, for each of the ~3 keys per input file.
 */
final class SumStats extends PTransform<PCollection<KV<String, Long>>, PCollection<String>> {

  SumStats() {
    super("SumStats");
  }

  @Override
  public PCollection<String> expand(PCollection<KV<String, Long>> in) {
    return in
        .apply("SumPerBundle", ParDo.of(new SumPerBundleFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))
        .apply("Gather", GroupByKey.create())
        .apply("SumAndFormat", ParDo.of(new DoFn<KV<Integer, Iterable<KV<String, Long>>>, String>() {
          @ProcessElement
          public void process(@Element KV<Integer, Iterable<KV<String, Long>>> all, OutputReceiver<String> out) {
            TreeMap<String, Long> sums = new TreeMap<>();
            for (KV<String, Long> kv : all.getValue()) sums.merge(kv.getKey(), kv.getValue(), Long::sum);
            for (Map.Entry<String, Long> e : sums.entrySet()) out.output(RunStats.line(e.getKey(), e.getValue()));
          }
        }))
        .setCoder(StringUtf8Coder.of());
  }

  static final class SumPerBundleFn extends DoFn<KV<String, Long>, KV<Integer, KV<String, Long>>> {
    private transient Map<String, Long> sums;

    @StartBundle
    public void start() {
      sums = new TreeMap<>();
    }

    @ProcessElement
    public void process(@Element KV<String, Long> kv) {
      sums.merge(kv.getKey(), kv.getValue(), Long::sum);
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      for (Map.Entry<String, Long> e : sums.entrySet()) {
        c.output(KV.of(0, KV.of(e.getKey(), e.getValue())), GlobalWindow.INSTANCE.maxTimestamp(),
            GlobalWindow.INSTANCE);
      }
      sums = null;
    }
  }
}
