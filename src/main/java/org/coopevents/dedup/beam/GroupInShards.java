package org.coopevents.dedup.beam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
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
        .apply("ToShard", ParDo.of(new PreGroupFn<V>(n)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ListCoder.of(in.getCoder())))
        .apply("GroupShards", GroupByKey.create())
        .apply("GroupKeys", ParDo.of(new DoFn<KV<Integer, Iterable<List<KV<String, V>>>>, KV<String, Iterable<V>>>() {
          @ProcessElement
          public void process(@Element KV<Integer, Iterable<List<KV<String, V>>>> shard,
              OutputReceiver<KV<String, Iterable<V>>> out) {
            TreeMap<String, List<V>> byKey = new TreeMap<>();
            for (List<KV<String, V>> part : shard.getValue()) {
              for (KV<String, V> e : part) {
                byKey.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
              }
            }
            for (Map.Entry<String, List<V>> e : byKey.entrySet()) out.output(KV.of(e.getKey(), e.getValue()));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), IterableCoder.of(valueCoder)));
  }

  /**
   * Collects a bundle's elements per shard and emits them as lists (at most {@link #PART}
   * elements each, and the rest when the bundle ends), so that the runner's GroupByKey moves
   * a few lists per shard and bundle rather than every element: per grouped element the
   * DirectRunner runs its trigger and state machinery. Memory: one bundle's pending lists.
   */
  static final class PreGroupFn<V> extends DoFn<KV<String, V>, KV<Integer, List<KV<String, V>>>> {
    static final int PART = 10_000;
    private final int shards;
    private transient Map<Integer, List<KV<String, V>>> pending;

    PreGroupFn(int shards) {
      this.shards = shards;
    }

    @StartBundle
    public void start() {
      pending = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element KV<String, V> e, OutputReceiver<KV<Integer, List<KV<String, V>>>> out) {
      int s = shard(e.getKey(), shards);
      List<KV<String, V>> part = pending.computeIfAbsent(s, k -> new ArrayList<>());
      part.add(e);
      if (part.size() >= PART) {
        out.output(KV.of(s, part));
        pending.remove(s);
      }
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      for (Map.Entry<Integer, List<KV<String, V>>> e : pending.entrySet()) {
        c.output(KV.of(e.getKey(), e.getValue()), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
      pending = null;
    }
  }
}
