package org.coopevents.dedup.beam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGbkResultSchema;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * A drop-in for {@code CoGroupByKey} on string keys that groups with {@link GroupInShards}
 * (a fixed number of shuffle keys instead of one per join key; see there for why). The result
 * per key is the same {@link CoGbkResult} that CoGroupByKey gives, with every value in memory.
 */
public final class CoGroupInShards
    extends PTransform<KeyedPCollectionTuple<String>, PCollection<KV<String, CoGbkResult>>> {

  private final int shards;

  public CoGroupInShards(int shards) {
    super("CoGroupInShards");
    this.shards = shards;
  }

  @Override
  public PCollection<KV<String, CoGbkResult>> expand(KeyedPCollectionTuple<String> in) {
    CoGbkResultSchema schema = in.getCoGbkResultSchema();
    Coder<?>[] coders = new Coder<?>[schema.size()];
    List<KeyedPCollectionTuple.TaggedKeyedPCollection<String, ?>> inputs = in.getKeyedCollections();
    for (KeyedPCollectionTuple.TaggedKeyedPCollection<String, ?> t : inputs) {
      Coder<?> kv = t.getCollection().getCoder();
      coders[schema.getIndex(t.getTupleTag())] = ((KvCoder<?, ?>) kv).getValueCoder();
    }
    UnionCoder unionCoder = UnionCoder.of(Arrays.asList(coders));
    KvCoder<String, RawUnionValue> taggedCoder = KvCoder.of(StringUtf8Coder.of(), unionCoder);
    PCollectionList<KV<String, RawUnionValue>> tagged = PCollectionList.empty(in.getPipeline());
    for (KeyedPCollectionTuple.TaggedKeyedPCollection<String, ?> t : inputs) {
      int index = schema.getIndex(t.getTupleTag());
      tagged = tagged.and(tag(t, index, taggedCoder));
    }
    return tagged
        .apply("Union", Flatten.pCollections())
        .setCoder(taggedCoder)
        .apply("Group", new GroupInShards<>(shards))
        .apply("Result", ParDo.of(new DoFn<KV<String, Iterable<RawUnionValue>>, KV<String, CoGbkResult>>() {
          @ProcessElement
          public void process(@Element KV<String, Iterable<RawUnionValue>> e,
              OutputReceiver<KV<String, CoGbkResult>> out) {
            List<RawUnionValue> values = new ArrayList<>();
            e.getValue().forEach(values::add);
            out.output(KV.of(e.getKey(), new CoGbkResult(schema, values)));
          }
        }))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), CoGbkResult.CoGbkResultCoder.of(schema, unionCoder)));
  }

  private static <V> PCollection<KV<String, RawUnionValue>> tag(
      KeyedPCollectionTuple.TaggedKeyedPCollection<String, V> t, int index,
      KvCoder<String, RawUnionValue> coder) {
    return t.getCollection().apply("Tag" + index, ParDo.of(new TagFn<V>(index))).setCoder(coder);
  }

  private static final class TagFn<V> extends DoFn<KV<String, V>, KV<String, RawUnionValue>> {
    private final int index;

    TagFn(int index) {
      this.index = index;
    }

    @ProcessElement
    public void process(@Element KV<String, V> e, OutputReceiver<KV<String, RawUnionValue>> out) {
      out.output(KV.of(e.getKey(), new RawUnionValue(index, e.getValue())));
    }
  }
}
