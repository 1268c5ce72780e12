package org.coopevents.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One gold event of an article (gold-format.md). Absent fields are null (or empty lists);
 * {@code *Alt} lists hold the accepted alternatives of the {@code *_alt} fields.
 */
public record GoldEvent(String key, String type, boolean optional,
    String actor1, String actor2, List<String> parties, String status,
    String visitKind, List<String> visitKindAlt,
    LocalDate startDate, LocalDate endDate, LocalDate activityDate,
    String guestPerson, String hostPerson, String locationCity, List<String> locationCityAlt,
    LocalDate signedDate, Integer count, List<GoldDocument> documents,
    String stance, List<String> stanceAlt, List<String> sectors, List<String> sectorsOptional) {

  public GoldEvent {
    parties = List.copyOf(parties);
    visitKindAlt = List.copyOf(visitKindAlt);
    locationCityAlt = List.copyOf(locationCityAlt);
    documents = List.copyOf(documents);
    stanceAlt = List.copyOf(stanceAlt);
    sectors = List.copyOf(sectors);
    sectorsOptional = List.copyOf(sectorsOptional);
  }

  /** The countries of the event as a sorted list: {@code parties}, else actor1 and actor2. */
  public List<String> pair() {
    TreeSet<String> s = new TreeSet<>();
    if (!parties.isEmpty()) {
      s.addAll(parties);
    } else {
      if (actor1 != null) s.add(actor1);
      if (actor2 != null) s.add(actor2);
    }
    return new ArrayList<>(s);
  }
}
