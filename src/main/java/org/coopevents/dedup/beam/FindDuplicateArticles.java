package org.coopevents.dedup.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TupleTag;
import org.coopevents.dedup.ArticleSketch;
import org.coopevents.dedup.KeptCopy;
import org.coopevents.dedup.LshBands;
import org.coopevents.model.Article;

/**
 * Articles → (article id, id of the kept copy) for every article that copies another.
 *
 * <p>Each article is sketched once (MinHash signature) and placed in its LSH band buckets and
 * its exact-text bucket; bucket members are only sort keys (published date and id), so buckets
 * stay small in bytes. A bucket of up to {@link #BUCKET_CAP} members proposes all its pairs; a
 * larger (hot) bucket pairs every member with its {@link #HOT_FANOUT} smallest members only, so
 * a boilerplate or much-copied text costs O(n) pairs, never O(n²). Exact buckets link each
 * member to the smallest one without a check. Candidate pairs are checked on the signatures
 * (estimated Jaccard ≥ {@link LshBands#THRESHOLD}). Components: {@link #ROUNDS} rounds of
 * min-label propagation over the checked edges, the label being the kept copy (earliest
 * published, then smallest id); hot buckets and exact buckets already link to the minimum, so
 * copies are reached in one or two rounds. Last, each member is checked against its kept copy
 * itself: only members close to it become its copies, so chains of templated texts
 * (A ≈ B ≈ C, A ≉ C) never form one giant group.
 */
public final class FindDuplicateArticles
    extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  public static final int BUCKET_CAP = 64;
  public static final int HOT_FANOUT = 3;
  public static final int ROUNDS = 3;
  private static final String SEP = "\u0002";

  private final int shards;

  /** {@code shards}: keys each grouping step shuffles on (see {@link GroupInShards}). */
  public FindDuplicateArticles(int shards) {
    super("FindDuplicateArticles");
    this.shards = shards;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    PCollection<Article> sketchable = articles.apply("Sketchable", ParDo.of(new DoFn<Article, Article>() {
      @ProcessElement
      public void process(@Element Article a, OutputReceiver<Article> out) {
        if (ArticleSketch.sketchable(a)) out.output(a);
      }
    }));
    // one sketch per article: its signature, and its band and exact-text bucket keys
    TupleTag<KV<String, String>> sigTag = new TupleTag<>() {};
    TupleTag<KV<String, String>> bandTag = new TupleTag<>() {};
    PCollectionTuple sketches = sketchable.apply("Sketch",
        ParDo.of(new DoFn<Article, KV<String, String>>() {
          @ProcessElement
          public void process(@Element Article a, MultiOutputReceiver out) {
            String k = KeptCopy.sortKey(a.publishedDate, a.articleId);
            ArticleSketch sketch = ArticleSketch.of(a.text);
            out.get(sigTag).output(KV.of(k, encode(sketch.signature())));
            for (String b : sketch.buckets()) out.get(bandTag).output(KV.of(b, k));
          }
        }).withOutputTags(sigTag, TupleTagList.of(bandTag)));
    PCollection<KV<String, String>> signatures = sketches.get(sigTag);
    PCollection<KV<String, String>> members = sketches.get(bandTag);
    PCollection<KV<String, String>> candidates = members
        .apply("GroupBuckets", new GroupInShards<>(shards))
        .apply("CandidatePairs", ParDo.of(new PairsFn()))
        .apply("DistinctPairs", PerKey.distinct(shards));
    PCollection<KV<String, String>> edges = check(candidates, signatures, "");
    // connected components: min-label propagation
    PCollection<KV<String, String>> labels = edges.apply("Nodes", ParDo.of(new DoFn<KV<String, String>, KV<String, String>>() {
      @ProcessElement
      public void process(@Element KV<String, String> e, OutputReceiver<KV<String, String>> out) {
        out.output(KV.of(e.getKey(), e.getKey()));
      }
    })).apply("DistinctNodes", PerKey.distinct(shards));
    for (int r = 1; r <= ROUNDS; r++) {
      TupleTag<String> nbr = new TupleTag<>();
      TupleTag<String> lab = new TupleTag<>();
      PCollection<KV<String, String>> offers = KeyedPCollectionTuple.of(nbr, edges).and(lab, labels)
          .apply("JoinLabels" + r, new CoGroupInShards(shards))
          .apply("OfferLabel" + r, ParDo.of(new DoFn<KV<String, CoGbkResult>, KV<String, String>>() {
            @ProcessElement
            public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, String>> out) {
              String l = e.getValue().getOnly(lab, e.getKey());
              out.output(KV.of(e.getKey(), l));
              for (String n : e.getValue().getAll(nbr)) out.output(KV.of(n, l));
            }
          }));
      labels = offers.apply("MinLabel" + r, PerKey.smallest(shards));
    }
    // a member is a copy of the kept one only when it is close to it itself: chains of
    // templated texts (A≈B≈C with A≉C) must not turn into one giant group
    PCollection<KV<String, String>> toKept = labels.apply("LabelPairs", ParDo.of(new DoFn<KV<String, String>, KV<String, String>>() {
      @ProcessElement
      public void process(@Element KV<String, String> e, OutputReceiver<KV<String, String>> out) {
        if (!e.getKey().equals(e.getValue())) out.output(KV.of(e.getValue(), "b " + e.getKey()));
      }
    }));
    return check(toKept, signatures, "Kept").apply("Duplicates", ParDo.of(new DoFn<KV<String, String>, KV<String, String>>() {
      @ProcessElement
      public void process(@Element KV<String, String> e, OutputReceiver<KV<String, String>> out) {
        if (e.getValue().compareTo(e.getKey()) < 0) {
          out.output(KV.of(KeptCopy.articleId(e.getKey()), KeptCopy.articleId(e.getValue())));
        }
      }
    }));
  }

  /**
   * Checks candidate pairs (smaller sort key → kind and larger sort key) on the signatures:
   * exact pairs pass as they are. Emits each passing pair in both directions.
   */
  private PCollection<KV<String, String>> check(PCollection<KV<String, String>> candidates,
      PCollection<KV<String, String>> signatures, String stage) {
    // checked edges: exact pairs pass as they are; the others are checked on the signatures
    TupleTag<String> pairTag = new TupleTag<>();
    TupleTag<String> sigTag = new TupleTag<>();
    PCollection<KV<String, String>> withFirst = KeyedPCollectionTuple
        .of(pairTag, candidates)
        .and(sigTag, signatures)
        .apply("JoinFirstSignature" + stage, new CoGroupInShards(shards))
        .apply("CarryFirst" + stage, ParDo.of(new DoFn<KV<String, CoGbkResult>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, String>> out) {
            String sig = e.getValue().getOnly(sigTag, null);
            if (sig == null) return;
            for (String other : e.getValue().getAll(pairTag)) {
              out.output(KV.of(other.substring(2), other.charAt(0) + SEP + e.getKey() + SEP + sig));
            }
          }
        }));
    PCollection<KV<String, String>> edges = KeyedPCollectionTuple
        .of(pairTag, withFirst)
        .and(sigTag, signatures)
        .apply("JoinSecondSignature" + stage, new CoGroupInShards(shards))
        .apply("CheckPairs" + stage, ParDo.of(new DoFn<KV<String, CoGbkResult>, KV<String, String>>() {
          private final Counter checked = Metrics.counter("coopevents", "dedup_pairs_checked");
          private final Counter copies = Metrics.counter("coopevents", "dedup_copy_pairs");

          @ProcessElement
          public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, String>> out) {
            String sig = e.getValue().getOnly(sigTag, null);
            if (sig == null) return;
            int[] mine = null;
            for (String v : e.getValue().getAll(pairTag)) {
              String[] p = v.split(SEP, 3);
              boolean ok = p[0].equals("x");
              if (!ok) {
                if (mine == null) mine = decode(sig);
                checked.inc();
                ok = LshBands.copies(mine, decode(p[2]));
              }
              if (ok) {
                copies.inc();
                out.output(KV.of(e.getKey(), p[1]));
                out.output(KV.of(p[1], e.getKey()));
              }
            }
          }
        }));
    return edges;
  }

  /** Per key, grouped in shards: its distinct values in order, or only the smallest. */
  static final class PerKey
      extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
    private final int shards;
    private final boolean smallestOnly;

    private PerKey(int shards, boolean smallestOnly) {
      this.shards = shards;
      this.smallestOnly = smallestOnly;
    }

    /** Distinct (key, value) pairs. */
    static PerKey distinct(int shards) {
      return new PerKey(shards, false);
    }

    /** The smallest value per key. */
    static PerKey smallest(int shards) {
      return new PerKey(shards, true);
    }

    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> in) {
      boolean first = smallestOnly;
      return in.apply("Group", new GroupInShards<>(shards))
          .apply(first ? "Min" : "Distinct", ParDo.of(new DoFn<KV<String, Iterable<String>>, KV<String, String>>() {
            @ProcessElement
            public void process(@Element KV<String, Iterable<String>> e, OutputReceiver<KV<String, String>> out) {
              for (String v : new TreeSet<>(asList(e.getValue()))) {
                out.output(KV.of(e.getKey(), v));
                if (first) break;
              }
            }
          }));
    }
  }

  private static List<String> asList(Iterable<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(out::add);
    return out;
  }

  /**
   * A bucket's candidate pairs, keyed by the smaller sort key; the value is the kind ("x" exact,
   * "b" band), a space, and the larger sort key.
   */
  static final class PairsFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    private final Counter hot = Metrics.counter("coopevents", "dedup_hot_buckets");

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> bucket, OutputReceiver<KV<String, String>> out) {
      boolean exact = bucket.getKey().startsWith(LshBands.EXACT);
      int fanout = exact ? 1 : HOT_FANOUT;
      List<String> small = new ArrayList<>();
      int n = 0;
      TreeSet<String> smallest = new TreeSet<>();
      // Grouped values can be iterated only once on some runners (Flink): keep the ids (short
      // strings) for the second pass over a hot bucket.
      List<String> members = new ArrayList<>();
      for (String m : bucket.getValue()) {
        n++;
        members.add(m);
        if (small.size() <= BUCKET_CAP) small.add(m);
        smallest.add(m);
        if (smallest.size() > fanout) smallest.pollLast();
      }
      if (n < 2) return;
      String kind = exact ? "x " : "b ";
      if (!exact && n <= BUCKET_CAP) {
        for (int i = 0; i < small.size(); i++) {
          for (int j = i + 1; j < small.size(); j++) {
            String a = small.get(i);
            String b = small.get(j);
            out.output(a.compareTo(b) < 0 ? KV.of(a, kind + b) : KV.of(b, kind + a));
          }
        }
        return;
      }
      if (!exact) hot.inc();
      for (String m : members) {
        for (String s : smallest) if (s.compareTo(m) < 0) out.output(KV.of(s, kind + m));
      }
    }
  }

  /** Characters per signature value: 6 bits each, enough for the 31-bit minima. */
  static final int CHARS_PER_VALUE = 6;

  /**
   * A signature as text for the shuffles that carry it with every candidate pair: each
   * (non-negative, 31-bit) value in {@value #CHARS_PER_VALUE} characters of 6 bits from
   * '0' (0x30) to 'o' (0x6F), ASCII and clear of the separator: 600 bytes where hex took 800.
   */
  static String encode(int[] sig) {
    char[] out = new char[sig.length * CHARS_PER_VALUE];
    int p = 0;
    for (int v : sig) {
      if (v < 0) throw new IllegalArgumentException("signature values are 31-bit: " + v);
      for (int shift = 6 * (CHARS_PER_VALUE - 1); shift >= 0; shift -= 6) {
        out[p++] = (char) ('0' + ((v >>> shift) & 63));
      }
    }
    return new String(out);
  }

  static int[] decode(String s) {
    int[] out = new int[s.length() / CHARS_PER_VALUE];
    for (int i = 0, p = 0; i < out.length; i++) {
      int v = 0;
      for (int end = p + CHARS_PER_VALUE; p < end; p++) v = (v << 6) | (s.charAt(p) - '0');
      out[i] = v;
    }
    return out;
  }
}
