package org.coopevents.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.coopevents.model.Article;

/**
 * Makes every article id unique before extraction derives event ids from it. Two input units
 * can share an id: a record's {@code id} repeated in another file, or two byte-identical units
 * without id and URL (the same page saved twice), whose id is the hash of their content. The
 * unit first in (input file, location) order keeps the id; each further one gets the next free
 * {@code id~N}, N = 2, 3, ... in that order, where free means that no input unit has the id
 * {@code id~N} itself (so an input holding {@code X}, {@code X} and {@code X~2} gives
 * {@code X}, {@code X~3} and {@code X~2}).
 *
 * <p>Unique by construction: an id kept as given is unique among the input ids; a new
 * {@code P~N} is never an input id (checked), and two new ids are never equal, since the digits
 * after the last {@code ~} give back N and what precedes them gives back P. Both copies stay in
 * the dataset (the dedup stage marks identical texts as copies), so nothing read is lost and
 * every later join sees one article per id. Only (id, location) pairs are shuffled, grouped by
 * id together with the suffixes already taken by input ids; the few renames reach the articles
 * as a map side input.
 */
public final class UniqueArticleIds extends PTransform<PCollection<Article>, PCollection<Article>> {
  private static final String SEP = "\u0001";
  private final transient PCollection<KV<String, String>> idLocations;

  /** Reads the articles' ids and locations from the articles. */
  public UniqueArticleIds() {
    this(null);
  }

  /**
   * With each article's (id, {@link #location}) already at hand ({@link ReadArticles#IDS}), so
   * the articles are read once, by the renaming step.
   */
  public UniqueArticleIds(PCollection<KV<String, String>> idLocations) {
    super("UniqueArticleIds");
    this.idLocations = idLocations;
  }

  /** Where a unit was read: its file and its place in the file, as one map key. */
  public static String location(Article a) {
    return a.inputFile + SEP + a.inputLocation;
  }

  /**
   * The suffix number of an id of the form {@code P~N} (N written as this class writes it:
   * decimal, at least 2, no leading zero), else 0.
   */
  static int suffix(String id) {
    int tilde = id.lastIndexOf('~');
    int n = id.length() - tilde - 1;
    if (tilde < 0 || n < 1 || n > 9 || id.charAt(tilde + 1) == '0') return 0;
    int v = 0;
    for (int i = tilde + 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') return 0;
      v = v * 10 + (c - '0');
    }
    return v >= 2 ? v : 0;
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    PCollection<KV<String, String>> ids = idLocations != null ? idLocations : articles
        .apply("IdAndLocation", ParDo.of(new IdAndLocationFn()));
    PCollectionView<Map<String, String>> view = renames(ids);
    return articles.apply("Rename", ParDo.of(new RenameFn(view)).withSideInputs(view));
  }

  /**
   * The new ids of the units that must change theirs, as a map (location → new id) side input,
   * from every unit's (id, {@link #location}): what {@link #expand} applies to the articles.
   */
  public static PCollectionView<Map<String, String>> renames(PCollection<KV<String, String>> ids) {
    TupleTag<String> locations = new TupleTag<>("locations");
    TupleTag<Integer> taken = new TupleTag<>("taken");
    PCollection<KV<String, Integer>> takenSuffixes = ids.apply("TakenSuffixes", ParDo.of(new TakenFn()));
    PCollection<KV<String, String>> renames = KeyedPCollectionTuple.of(locations, ids)
        .and(taken, takenSuffixes)
        .apply("GroupById", CoGroupByKey.create())
        .apply("Renames", ParDo.of(new RenamesFn(locations, taken)));
    return renames.apply("RenamesView", View.asMap());
  }

  /** Article → (its id, its location). */
  static final class IdAndLocationFn extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(a.articleId, location(a)));
    }
  }

  /** An input id {@code P~N} takes the suffix N of P: (P, N). */
  static final class TakenFn extends DoFn<KV<String, String>, KV<String, Integer>> {
    @ProcessElement
    public void process(@Element KV<String, String> e, OutputReceiver<KV<String, Integer>> out) {
      String id = e.getKey();
      int n = suffix(id);
      if (n > 0) out.output(KV.of(id.substring(0, id.lastIndexOf('~')), n));
    }
  }

  /** An id's locations and taken suffixes → (location, new id) for its second unit on. */
  static final class RenamesFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final TupleTag<String> locations;
    private final TupleTag<Integer> taken;

    RenamesFn(TupleTag<String> locations, TupleTag<Integer> taken) {
      this.locations = locations;
      this.taken = taken;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, String>> out) {
      TreeSet<String> sorted = new TreeSet<>();
      e.getValue().getAll(locations).forEach(sorted::add);
      if (sorted.size() < 2) return;
      Set<Integer> used = new TreeSet<>();
      e.getValue().getAll(taken).forEach(used::add);
      List<String> rest = new ArrayList<>(sorted).subList(1, sorted.size());
      int n = 1;
      for (String location : rest) {
        do {
          n++;
        } while (used.contains(n));
        out.output(KV.of(location, e.getKey() + "~" + n));
      }
    }
  }

  /** Gives an article its new id, if it has one. */
  static final class RenameFn extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, String>> view;
    private final Counter renamed = Metrics.counter("coopevents", "article_ids_made_unique");

    RenameFn(PCollectionView<Map<String, String>> view) {
      this.view = view;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<Article> out, ProcessContext c) {
      String id = c.sideInput(view).get(location(a));
      if (id == null) {
        out.output(a);
      } else {
        renamed.inc();
        out.output(a.withArticleId(id));
      }
    }
  }
}
