package org.coopevents.eval;

import java.util.List;

/**
 * A gold document of a SIGNING. {@code parties} is empty unless the gold line names the
 * document's own parties (then the signing's parties apply); {@code docTypeAlt} holds the
 * accepted alternatives from {@code doc_type_alt}.
 */
public record GoldDocument(String title, String docType, List<String> docTypeAlt,
    List<String> sectors, List<String> parties, boolean optional) {
  public GoldDocument {
    docTypeAlt = List.copyOf(docTypeAlt);
    sectors = List.copyOf(sectors);
    parties = List.copyOf(parties);
  }
}
