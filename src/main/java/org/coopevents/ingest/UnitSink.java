package org.coopevents.ingest;

import org.coopevents.model.RawArticle;
import org.coopevents.model.RejectRow;

/** Where a reader sends what it reads. */
public interface UnitSink {
  void article(RawArticle article);

  void reject(RejectRow reject);

  /** A WARC record that is not an article, by type ("request", "response-404", ...). */
  void skipped(String recordType);
}
