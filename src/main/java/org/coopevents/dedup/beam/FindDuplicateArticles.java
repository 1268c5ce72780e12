package org.coopevents.dedup.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Min;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
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
 *
 * <p>Beam's own primitives throughout: GroupByKey for buckets, CoGroupByKey for the joins of
 * pairs with signatures and of edges with labels, Distinct for candidate pairs and nodes,
 * Min.perKey for the smallest label offered. Keys are sort keys and bucket keys (strings);
 * values are strings or {@link Candidate}s (a Beam schema, deterministic).
 */
public final class FindDuplicateArticles
    extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  public static final int BUCKET_CAP = 64;
  public static final int HOT_FANOUT = 3;
  public static final int ROUNDS = 3;

  public FindDuplicateArticles() {
    super("FindDuplicateArticles");
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    return articles.apply("Sketch", ParDo.of(new SketchFn())).apply(new FromSketches());
  }

  /**
   * The same search over sketches made beforehand: (sort key, {@link #stored} sketch) of every
   * sketchable article → (copy's id, kept copy's id). Incremental runs keep each article's sketch
   * in the state and give it here instead of sketching every text again.
   */
  public static final class FromSketches
      extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
    public FromSketches() {
      super("FindDuplicateArticles");
    }

    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> sketches) {
      return search(sketches);
    }
  }

  private static PCollection<KV<String, String>> search(PCollection<KV<String, String>> sketches) {
    // each sketch → its signature, and its band and exact-text bucket keys
    TupleTag<KV<String, String>> sigTag = new TupleTag<>("signatures") {};
    TupleTag<KV<String, String>> bandTag = new TupleTag<>("buckets") {};
    PCollectionTuple filed = sketches.apply("FileInBuckets",
        ParDo.of(new FileInBucketsFn(sigTag, bandTag)).withOutputTags(sigTag, TupleTagList.of(bandTag)));
    PCollection<KV<String, String>> signatures = filed.get(sigTag);
    PCollection<KV<String, String>> members = filed.get(bandTag);
    PCollection<KV<String, Candidate>> candidates = members
        .apply("GroupBuckets", GroupByKey.create())
        .apply("CandidatePairs", ParDo.of(new PairsFn()))
        .setCoder(Coders.keyed(sketches.getPipeline(), Candidate.class))
        .apply("DistinctPairs", Distinct.create());
    // only articles in a candidate pair need their signature: a few of all, and the four
    // joins below then shuffle those instead of every article's 600-byte signature
    PCollection<KV<String, String>> needed = neededSignatures(candidates, signatures);
    PCollection<KV<String, String>> edges = check(candidates, needed, "");
    // connected components: min-label propagation
    PCollection<KV<String, String>> labels = edges
        .apply("Nodes", ParDo.of(new NodeFn()))
        .apply("DistinctNodes", Distinct.create());
    for (int r = 1; r <= ROUNDS; r++) {
      TupleTag<String> nbr = new TupleTag<>("neighbours");
      TupleTag<String> lab = new TupleTag<>("label");
      labels = KeyedPCollectionTuple.of(nbr, edges).and(lab, labels)
          .apply("JoinLabels" + r, CoGroupByKey.create())
          .apply("OfferLabel" + r, ParDo.of(new OfferLabelFn(nbr, lab)))
          .apply("MinLabel" + r, Min.perKey());
    }
    // a member is a copy of the kept one only when it is close to it itself: chains of
    // templated texts (A≈B≈C with A≉C) must not turn into one giant group
    PCollection<KV<String, Candidate>> toKept = labels.apply("LabelPairs", ParDo.of(new ToKeptFn()))
        .setCoder(Coders.keyed(sketches.getPipeline(), Candidate.class));
    // both sides of a (kept, member) pair are nodes of checked edges, so of candidate pairs
    return check(toKept, needed, "Kept").apply("Duplicates", ParDo.of(new DuplicatesFn()));
  }

  /** The signatures of the articles that are a side of some candidate pair. */
  private static PCollection<KV<String, String>> neededSignatures(
      PCollection<KV<String, Candidate>> candidates, PCollection<KV<String, String>> signatures) {
    TupleTag<Void> sideTag = new TupleTag<>("side");
    TupleTag<String> sigTag = new TupleTag<>("signature");
    PCollection<KV<String, Void>> sides = candidates
        .apply("PairSides", ParDo.of(new PairSidesFn()))
        .apply("DistinctSides", Distinct.create());
    return KeyedPCollectionTuple.of(sideTag, sides)
        .and(sigTag, signatures)
        .apply("JoinNeededSignatures", CoGroupByKey.create())
        .apply("NeededSignatures", ParDo.of(new NeededFn(sideTag, sigTag)));
  }

  /** (first, candidate) → (first, null) and (candidate, null): both sides of a pair. */
  static final class PairSidesFn extends DoFn<KV<String, Candidate>, KV<String, Void>> {
    @ProcessElement
    public void process(@Element KV<String, Candidate> e, OutputReceiver<KV<String, Void>> out) {
      out.output(KV.of(e.getKey(), null));
      out.output(KV.of(e.getValue().other, null));
    }
  }

  /** A sort key's signature, when the key is the side of a pair. */
  static final class NeededFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final TupleTag<Void> sideTag;
    private final TupleTag<String> sigTag;

    NeededFn(TupleTag<Void> sideTag, TupleTag<String> sigTag) {
      this.sideTag = sideTag;
      this.sigTag = sigTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, String>> out) {
      if (!e.getValue().getAll(sideTag).iterator().hasNext()) return;
      String sig = e.getValue().getOnly(sigTag, null);
      if (sig != null) out.output(KV.of(e.getKey(), sig));
    }
  }

  /**
   * Checks candidate pairs (smaller sort key → larger one) on the signatures: exact pairs pass
   * as they are. Emits each passing pair in both directions.
   */
  private static PCollection<KV<String, String>> check(PCollection<KV<String, Candidate>> candidates,
      PCollection<KV<String, String>> signatures, String stage) {
    TupleTag<Candidate> pairTag = new TupleTag<>("pairs");
    TupleTag<String> sigTag = new TupleTag<>("signature");
    PCollection<KV<String, Candidate>> withFirst = KeyedPCollectionTuple
        .of(pairTag, candidates)
        .and(sigTag, signatures)
        .apply("JoinFirstSignature" + stage, CoGroupByKey.create())
        .apply("CarryFirst" + stage, ParDo.of(new CarryFirstFn(pairTag, sigTag)))
        .setCoder(candidates.getCoder());
    return KeyedPCollectionTuple
        .of(pairTag, withFirst)
        .and(sigTag, signatures)
        .apply("JoinSecondSignature" + stage, CoGroupByKey.create())
        .apply("CheckPairs" + stage, ParDo.of(new CheckPairsFn(pairTag, sigTag)));
  }

  /** A sketchable article → (sort key, its {@link #stored} sketch). */
  static final class SketchFn extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, String>> out) {
      if (!ArticleSketch.sketchable(a)) return;
      out.output(KV.of(KeptCopy.sortKey(a.publishedDate, a.articleId), stored(ArticleSketch.of(a.text))));
    }
  }

  /** (sort key, stored sketch) → (sort key, signature) and (bucket key, sort key) per bucket. */
  static final class FileInBucketsFn extends DoFn<KV<String, String>, KV<String, String>> {
    private final TupleTag<KV<String, String>> sigTag;
    private final TupleTag<KV<String, String>> bandTag;

    FileInBucketsFn(TupleTag<KV<String, String>> sigTag, TupleTag<KV<String, String>> bandTag) {
      this.sigTag = sigTag;
      this.bandTag = bandTag;
    }

    @ProcessElement
    public void process(@Element KV<String, String> e, MultiOutputReceiver out) {
      String k = e.getKey();
      String sketch = e.getValue();
      int cut = sketch.indexOf(STORED_SEPARATOR);
      String signature = sketch.substring(0, cut);
      out.get(sigTag).output(KV.of(k, signature));
      for (String b : LshBands.keys(decode(signature))) out.get(bandTag).output(KV.of(b, k));
      out.get(bandTag).output(KV.of(sketch.substring(cut + 1), k));
    }
  }

  /** Between the signature and the exact-text key in a {@link #stored} sketch (not in either). */
  static final char STORED_SEPARATOR = ' ';

  /**
   * A sketch as one string, as incremental runs keep it: its {@link #encode encoded} signature,
   * a space, its exact-text bucket key (its band keys follow from the signature).
   */
  public static String stored(ArticleSketch sketch) {
    List<String> buckets = sketch.buckets();
    return encode(sketch.signature()) + STORED_SEPARATOR + buckets.get(buckets.size() - 1);
  }

  /** (first, candidate) → (first, first): every node of an edge, with itself as its label. */
  static final class NodeFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> e, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(e.getKey(), e.getKey()));
    }
  }

  /** A node's label offered to itself and to each of its neighbours. */
  static final class OfferLabelFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final TupleTag<String> nbr;
    private final TupleTag<String> lab;

    OfferLabelFn(TupleTag<String> nbr, TupleTag<String> lab) {
      this.nbr = nbr;
      this.lab = lab;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, String>> out) {
      String l = e.getValue().getOnly(lab, e.getKey());
      out.output(KV.of(e.getKey(), l));
      for (String n : e.getValue().getAll(nbr)) out.output(KV.of(n, l));
    }
  }

  /** (node, label) → (label, node) for every node that is not its own label. */
  static final class ToKeptFn extends DoFn<KV<String, String>, KV<String, Candidate>> {
    @ProcessElement
    public void process(@Element KV<String, String> e, OutputReceiver<KV<String, Candidate>> out) {
      if (!e.getKey().equals(e.getValue())) out.output(KV.of(e.getValue(), Candidate.of(e.getKey(), false)));
    }
  }

  /** Checked (node, kept) edges → (copy's article id, kept article's id). */
  static final class DuplicatesFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> e, OutputReceiver<KV<String, String>> out) {
      if (e.getValue().compareTo(e.getKey()) < 0) {
        out.output(KV.of(KeptCopy.articleId(e.getKey()), KeptCopy.articleId(e.getValue())));
      }
    }
  }

  /** Pairs keyed by their first side, with its signature → keyed by the second side. */
  static final class CarryFirstFn extends DoFn<KV<String, CoGbkResult>, KV<String, Candidate>> {
    private final TupleTag<Candidate> pairTag;
    private final TupleTag<String> sigTag;

    CarryFirstFn(TupleTag<Candidate> pairTag, TupleTag<String> sigTag) {
      this.pairTag = pairTag;
      this.sigTag = sigTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, Candidate>> out) {
      String sig = e.getValue().getOnly(sigTag, null);
      if (sig == null) return;
      for (Candidate c : e.getValue().getAll(pairTag)) {
        out.output(KV.of(c.other, new Candidate(e.getKey(), c.exact, sig)));
      }
    }
  }

  /** Pairs keyed by their second side, with both signatures at hand → checked edges. */
  static final class CheckPairsFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final TupleTag<Candidate> pairTag;
    private final TupleTag<String> sigTag;
    private final Counter checked = Metrics.counter("coopevents", "dedup_pairs_checked");
    private final Counter copies = Metrics.counter("coopevents", "dedup_copy_pairs");

    CheckPairsFn(TupleTag<Candidate> pairTag, TupleTag<String> sigTag) {
      this.pairTag = pairTag;
      this.sigTag = sigTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, String>> out) {
      String sig = e.getValue().getOnly(sigTag, null);
      if (sig == null) return;
      int[] mine = null;
      for (Candidate c : e.getValue().getAll(pairTag)) {
        boolean ok = c.exact;
        if (!ok) {
          if (mine == null) mine = decode(sig);
          checked.inc();
          ok = LshBands.copies(mine, decode(c.otherSignature));
        }
        if (ok) {
          copies.inc();
          out.output(KV.of(e.getKey(), c.other));
          out.output(KV.of(c.other, e.getKey()));
        }
      }
    }
  }

  /** A bucket's candidate pairs, keyed by the smaller sort key, the larger one the candidate. */
  static final class PairsFn extends DoFn<KV<String, Iterable<String>>, KV<String, Candidate>> {
    private final Counter hot = Metrics.counter("coopevents", "dedup_hot_buckets");

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> bucket, OutputReceiver<KV<String, Candidate>> out) {
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
      if (!exact && n <= BUCKET_CAP) {
        for (int i = 0; i < small.size(); i++) {
          for (int j = i + 1; j < small.size(); j++) {
            String a = small.get(i);
            String b = small.get(j);
            out.output(a.compareTo(b) < 0 ? KV.of(a, Candidate.of(b, false)) : KV.of(b, Candidate.of(a, false)));
          }
        }
        return;
      }
      if (!exact) hot.inc();
      for (String m : members) {
        for (String s : smallest) if (s.compareTo(m) < 0) out.output(KV.of(s, Candidate.of(m, exact)));
      }
    }
  }

  /** Characters per signature value: 6 bits each, enough for the 31-bit minima. */
  static final int CHARS_PER_VALUE = 6;

  /**
   * A signature as text for the shuffles that carry it with every candidate pair: each
   * (non-negative, 31-bit) value in {@value #CHARS_PER_VALUE} characters of 6 bits from
   * '0' (0x30) to 'o' (0x6F), ASCII: 600 bytes where hex took 800.
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
