package org.coopevents.cli;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the values of typed options before Beam parses them, so that a bad value is told in
 * one line that names the option and what is valid ({@code --maxUnitBytes=abc: give a whole
 * number from 1024 to 1073741824}) instead of a JSON parser's message. The type of each option
 * is that of its getter on the given option interfaces; options of other types and unknown
 * options are left to Beam.
 */
final class OptionValues {
  /** Ranges of the job's own numeric options: {min, max}. */
  static final Map<String, long[]> RANGES = Map.of(
      "maxUnitBytes", new long[] {1024, 1L << 30},
      "maxJsonDepth", new long[] {4, 1000},
      "hashInputsUpToBytes", new long[] {0, Long.MAX_VALUE},
      "progressSeconds", new long[] {0, 86_400},
      "shuffleShards", new long[] {0, 100_000});

  private OptionValues() {}

  /** Throws a {@link UsageException} for the first option whose value does not fit its type. */
  static void check(String[] args, Class<?>... interfaces) {
    for (String a : args) {
      if (!a.startsWith("--") || !a.contains("=")) continue;
      String name = a.substring(2, a.indexOf('='));
      String value = a.substring(a.indexOf('=') + 1);
      Class<?> type = type(name, interfaces);
      if (type == null) continue;
      String problem = problem(type, value, RANGES.get(name));
      if (problem != null) throw new UsageException(a + ": " + problem);
    }
  }

  /** What is wrong with a value for a type, or null when it fits. */
  static String problem(Class<?> type, String value, long[] range) {
    String v = value.strip();
    if (type == boolean.class || type == Boolean.class) {
      return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? null
          : "give true or false";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      long max = type == int.class || type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
      long min = type == int.class || type == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
      if (range != null) {
        min = range[0];
        max = range[1];
      }
      String want = "give a whole number" + (range != null
          ? " from " + min + " to " + max : "");
      try {
        long n = Long.parseLong(v);
        return n < min || n > max ? want : null;
      } catch (NumberFormatException e) {
        return want;
      }
    }
    if (type == double.class || type == Double.class) {
      try {
        Double.parseDouble(v);
        return null;
      } catch (NumberFormatException e) {
        return "give a number";
      }
    }
    if (type.isEnum()) {
      for (Object c : type.getEnumConstants()) {
        if (c.toString().equals(v)) return null;
      }
      StringBuilder b = new StringBuilder("give one of ");
      Object[] cs = type.getEnumConstants();
      for (int i = 0; i < cs.length; i++) b.append(i == 0 ? "" : ", ").append(cs[i]);
      return b.toString();
    }
    return null;
  }

  /** The type of option {@code name} on the first interface with a getter for it, or null. */
  static Class<?> type(String name, Class<?>... interfaces) {
    if (name.isEmpty()) return null;
    String prop = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    for (Class<?> c : interfaces) {
      for (String getter : new String[] {"get" + prop, "is" + prop}) {
        try {
          Method m = c.getMethod(getter);
          return m.getReturnType();
        } catch (NoSuchMethodException e) {
          // next
        }
      }
    }
    return null;
  }
}
