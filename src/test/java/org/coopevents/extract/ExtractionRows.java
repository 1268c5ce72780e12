package org.coopevents.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coopevents.model.DocumentRow;
import org.coopevents.model.EventRow;

/** What the extraction tests read off an {@link Extraction}, in one place for all of them. */
final class ExtractionRows {
  private ExtractionRows() {}

  /** The SIGNING events of an extraction. */
  static List<EventRow> signings(Extraction x) {
    return x.events.stream().filter(e -> e.eventType.equals("SIGNING")).collect(Collectors.toList());
  }

  /** Title as printed → document type, of an extraction's documents. */
  static Map<String, String> docs(Extraction x) {
    Map<String, String> m = new TreeMap<>();
    for (DocumentRow d : x.documents) m.put(d.titleOriginal, d.docType);
    return m;
  }
}
