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
 * instead of on the keys themselves, and regroups by key inside each shard.
 *
 * <p>Why: the DirectRunner turns every key of a GroupByKey into a bundle of its own, and copies
 * a key's grouped values once for every input bundle that holds the key. The dedup stage
 * groups by LSH bucket, article, event and block (hundreds of thousands of keys at 10k
 * articles); per-key grouping made a 2k-article run spend more than 8 minutes in dedup. With
 * few shards (the DirectRunner default is 2 x its worker threads, see
 * {@code CoopeventsPipeline.shuffleShards}) both costs stay small; on Flink and Spark the
 * default is {@link #DEFAULT_SHARDS}, which bounds a step's parallelism and makes one shard
 * about 1/{@value #DEFAULT_SHARDS} of the step's data. Memory: one shard's values (the runner's
 * grouped iterable is copied into per-key lists). Keys come out in sorted order within a shard;
 * the values of a key in the order the runner gave them (consumers must not depend on it, as
 * with GroupByKey).
 */
public final class GroupInShards<V>
    extends PTransform<PCollection<KV<String, V>>, PCollection<KV<String, Iterable<V>>>> {
  public static final int DEFAULT_SHARDS = 256;
  private final int shards;

  public GroupInShards(int shards) {
    super("GroupInShards");
    if (shards < 1) throw new IllegalArgumentException("shards must be at least 1: " + shards);
    this.shards = shards;
  }

  /** The shard of a key: a fixed function of the key's characters, the same on every JVM. */
  public static int shard(String key, int shards) {
    int h = key.hashCode() * 0x9E3779B9;
    return Math.floorMod(h ^ (h >>> 16), shards);
  }

  @Override
  public PCollection<KV<String, Iterable<V>>> expand(PCollection<KV<String, V>> in) {
    int n = shards;
    Coder<V> valueCoder = ((KvCoder<String, V>) in.getCoder()).getValueCoder();
    return in
        .apply("ToShard", ParDo.of(new DoFn<KV<String, V>, KV<Integer, KV<String, V>>>() {
          @ProcessElement
          public void process(@Element KV<String, V> e, OutputReceiver<KV<Integer, KV<String, V>>> out) {
            out.output(KV.of(shard(e.getKey(), n), e));
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
