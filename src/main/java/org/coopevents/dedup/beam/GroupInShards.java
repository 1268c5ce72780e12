package org.coopevents.dedup.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * A drop-in for {@code GroupByKey} on string keys that shuffles on a fixed number of shards
 * ({@link #SHARDS}) instead of on the keys themselves, and regroups by key inside each shard.
 *
 * <p>Why: the DirectRunner turns every key of a GroupByKey into a bundle of its own, and the
 * dedup stage groups by LSH bucket, article, event and block, hundreds of thousands of keys at
 * 10k articles; the per-bundle cost made a 10k-article run take many minutes. With shards the
 * runner sees {@link #SHARDS} keys per step, on every runner. Parallelism of a grouping step is
 * then at most {@link #SHARDS}, plenty for the clusters this job targets. Memory: one shard's
 * values, about 1/{@value #SHARDS} of the step's data (the runner's own GroupByKey iterable is
 * copied into per-key lists). Keys come out in sorted order within a shard; the values of a key
 * in the order the runner gave them (consumers must not depend on it, as with GroupByKey).
 */
public final class GroupInShards<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<String, Iterable<V>>>> {
  public static final int SHARDS = 256;

  public GroupInShards() {
    super("GroupInShards");
  }

  /** The shard of a key: a fixed function of the key's characters, the same on every JVM. */
  public static int shard(String key) {
    int h = key.hashCode() * 0x9E3779B9;
    return Math.floorMod(h ^ (h >>> 16), SHARDS);
  }

  @Override
  public PCollection<KV<String, Iterable<V>>> expand(PCollection<KV<String, V>> in) {
    Coder<V> valueCoder = ((KvCoder<String, V>) in.getCoder()).getValueCoder();
    return in
        .apply("ToShard", ParDo.of(new DoFn<KV<String, V>, KV<Integer, KV<String, V>>>() {
          @ProcessElement
          public void process(@Element KV<String, V> e, OutputReceiver<KV<Integer, KV<String, V>>> out) {
            out.output(KV.of(shard(e.getKey()), e));
          }
        }))
        .setCoder(KvCoder.of(VarIntCoder.of(), in.getCoder()))
        .apply("GroupShards", GroupByKey.create())
        .apply("GroupKeys", ParDo.of(new DoFn<KV<Integer, Iterable<KV<String, V>>>, KV<String, Iterable<V>>>() {
          @ProcessElement
          public void process(@Element KV<Integer, Iterable<KV<String, V>>> shard,
              OutputReceiver<KV<String, Iterable<V>>> out) {
            TreeMap<String, List<V>> byKey = new TreeMap<>();
            for (KV<String, V> e : shard.getValue()) {
              byKey.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
            for (Map.Entry<String, List<V>> e : byKey.entrySet()) out.output(KV.of(e.getKey(), e.getValue()));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(valueCoder)));
  }
}
