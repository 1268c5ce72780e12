package org.coopevents.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopevents.ingest.UnitSink;
import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectRow;

/** A {@link UnitSink} that keeps what a reader sent, for assertions. */
public final class CollectingSink implements UnitSink {
  public final List<RawArticle> articles = new ArrayList<>();
  public final List<RejectRow> rejects = new ArrayList<>();
  public final Map<String, Long> skipped = new TreeMap<>();

  @Override
  public void article(RawArticle a) {
    articles.add(a);
  }

  @Override
  public void reject(RejectRow r) {
    rejects.add(r);
  }

  @Override
  public void skipped(String type) {
    skipped.merge(type, 1L, Long::sum);
  }

  public List<String> reasons() {
    return rejects.stream().map(r -> r.reason).toList();
  }
}
