package org.coopevents.eval;

import java.util.List;
import java.util.Locale;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.knowledge.Leaders;

/**
 * Whether two spellings name one leader: gold files write names in the article's language
 * ("Касым-Жомарт Токаев"), the output in English. A name the leaders gazetteer reads whole is
 * taken as the holder it names; any other name is compared as written, ignoring case.
 */
final class PersonNames {
  private PersonNames() {}

  private static final class Gazetteer {
    static final Leaders LEADERS = Knowledge.load().leaders;
  }

  static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }

  /** The English name of the leader {@code name} names as a whole, else the name in lower case. */
  static String key(String name) {
    String n = name.strip();
    List<Leaders.Mention> ms = Gazetteer.LEADERS.findMentions(n);
    if (ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == n.length()
        && !ms.get(0).candidates().isEmpty()) {
      return ms.get(0).candidates().get(0).nameEn();
    }
    return n.toLowerCase(Locale.ROOT);
  }
}
