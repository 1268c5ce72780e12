package org.coopevents.dedup.beam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

/** Grouping and joining in shards give what GroupByKey and CoGroupByKey give. */
public class GroupInShardsTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void everyKeyGetsAllItsValuesOnceWhateverShardItLandsIn() {
    List<KV<String, Integer>> in = new ArrayList<>();
    List<KV<String, String>> expected = new ArrayList<>();
    // more keys than shards, so shards hold several keys each
    for (int k = 0; k < 3 * 4; k++) {
      StringBuilder sum = new StringBuilder();
      for (int v = 0; v <= k % 4; v++) {
        in.add(KV.of("key-" + k, v));
        sum.append(v);
      }
      expected.add(KV.of("key-" + k, sum.toString()));
    }
    PCollection<KV<String, String>> grouped = p
        .apply(Create.of(in).withCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())))
        .apply(new GroupInShards<>(4))
        .apply(MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via(e -> {
              TreeSet<Integer> vs = new TreeSet<>();
              e.getValue().forEach(vs::add);
              StringBuilder sb = new StringBuilder();
              vs.forEach(sb::append);
              return KV.of(e.getKey(), sb.toString());
            }));
    PAssert.that(grouped).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  @Test
  public void shardsAreStableAndSpread() {
    assertEquals(GroupInShards.shard("article-42", 256), GroupInShards.shard("article-" + 42, 256));
    TreeSet<Integer> used = new TreeSet<>();
    for (int i = 0; i < 10_000; i++) {
      int s = GroupInShards.shard("a" + i, 256);
      assertTrue(s >= 0 && s < 256);
      used.add(s);
    }
    assertEquals(256, used.size());
  }

  @Test
  public void aJoinSeesBothSidesAndKeysPresentOnOneSideOnly() {
    TupleTag<String> names = new TupleTag<>();
    TupleTag<Integer> sizes = new TupleTag<>();
    PCollection<KV<String, String>> left = p.apply("Left", Create.of(
        KV.of("a", "alpha"), KV.of("b", "beta"), KV.of("b", "bravo"))
        .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollection<KV<String, Integer>> right = p.apply("Right", Create.of(
        KV.of("b", 2), KV.of("c", 3))
        .withCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())));
    PCollection<String> joined = KeyedPCollectionTuple.of(names, left).and(sizes, right)
        .apply(new CoGroupInShards(4))
        .apply(MapElements.into(TypeDescriptors.strings()).via(e -> {
          TreeSet<String> ns = new TreeSet<>();
          e.getValue().getAll(names).forEach(ns::add);
          return e.getKey() + "=" + ns + "/" + e.getValue().getOnly(sizes, -1);
        }));
    PAssert.that(joined).containsInAnyOrder("a=[alpha]/-1", "b=[beta, bravo]/2", "c=[]/3");
    p.run().waitUntilFinish();
  }
}
