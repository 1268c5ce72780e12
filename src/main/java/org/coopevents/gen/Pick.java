package org.coopevents.gen;

import java.util.List;
import java.util.SplittableRandom;

/** Small helpers for drawing wording. */
final class Pick {
  private Pick() {}

  static String one(SplittableRandom r, String... options) {
    return options[r.nextInt(options.length)];
  }

  static <T> T one(SplittableRandom r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  static String joinEn(List<String> items) {
    if (items.size() == 1) return items.get(0);
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  static String joinRu(List<String> items) {
    if (items.size() == 1) return items.get(0);
    return String.join(", ", items.subList(0, items.size() - 1)) + " и " + items.get(items.size() - 1);
  }
}
