package org.coopevents.dedup.beam;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupIntoBatches;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Regroups the many one-key bundles that a GroupByKey leaves behind into batches of at most
 * {@link #BATCH} elements over {@link #SHARDS} keys, so that the sink opens a writer per batch,
 * not per key group (on the DirectRunner each bundle costs a Parquet writer and a Hadoop
 * configuration parse). Memory: one batch per shard.
 */
final class Rebundle<T> extends PTransform<PCollection<T>, PCollection<T>> {
  static final int SHARDS = 4;
  static final int BATCH = 5000;

  Rebundle(String name) {
    super(name);
  }

  @Override
  public PCollection<T> expand(PCollection<T> in) {
    return in
        .apply("Shard", ParDo.of(new DoFn<T, KV<Integer, T>>() {
          @ProcessElement
          public void process(@Element T t, OutputReceiver<KV<Integer, T>> out) {
            out.output(KV.of(Math.floorMod(t.hashCode(), SHARDS), t));
          }
        }))
        .setCoder(KvCoder.of(VarIntCoder.of(), in.getCoder()))
        .apply("Batch", GroupIntoBatches.ofSize(BATCH))
        .apply("Unbatch", ParDo.of(new DoFn<KV<Integer, Iterable<T>>, T>() {
          @ProcessElement
          public void process(@Element KV<Integer, Iterable<T>> b, OutputReceiver<T> out) {
            for (T t : b.getValue()) out.output(t);
          }
        }))
        .setCoder(in.getCoder());
  }
}
