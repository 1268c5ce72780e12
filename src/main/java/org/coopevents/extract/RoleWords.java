package org.coopevents.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopevents.knowledge.Tokens;

/**
 * Words by the role they play, read from a two-column data file beside this class ("ROLE\tword",
 * a trailing {@code *} makes the word a prefix, a leading {@code *} an ending; '#' starts a comment). Roles are an enum of the
 * reader, so that a misspelt role fails at load time.
 */
final class RoleWords<R extends Enum<R>> {
  private final Map<R, Set<String>> exact;
  private final Map<R, List<String>> prefix;
  private final Map<R, List<String>> suffix;
  private Set<String>[] exactOf;
  private String[][] prefixOf;
  private String[][] suffixOf;

  private RoleWords(Class<R> roles) {
    exact = new EnumMap<>(roles);
    prefix = new EnumMap<>(roles);
    suffix = new EnumMap<>(roles);
    for (R r : roles.getEnumConstants()) {
      exact.put(r, new HashSet<>());
      prefix.put(r, new ArrayList<>());
      suffix.put(r, new ArrayList<>());
    }
  }

  static <R extends Enum<R>> RoleWords<R> load(String name, Class<R> roles) {
    RoleWords<R> w = new RoleWords<>(roles);
    try (InputStream in = RoleWords.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length != 2) throw new IllegalStateException(name + ": bad line: " + line);
        R role = Enum.valueOf(roles, f[0].strip());
        String raw = f[1].strip();
        if (raw.startsWith("*")) {
          w.suffix.get(role).add(Tokens.norm(raw.substring(1)));
          continue;
        }
        String word = Tokens.norm(raw);
        if (word.endsWith("*")) w.prefix.get(role).add(word.substring(0, word.length() - 1));
        else w.exact.get(role).add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.frozen(roles);
  }

  /** Whether {@code word} (normalised) plays {@code role}. */
  boolean is(R role, String word) {
    int r = role.ordinal();
    if (exactOf[r].contains(word)) return true;
    for (String p : prefixOf[r]) if (word.startsWith(p)) return true;
    for (String p : suffixOf[r]) if (word.length() > p.length() + 2 && word.endsWith(p)) return true;
    return false;
  }

  /** The lists by role ordinal, as arrays: {@link #is} is called for most tokens of every article. */
  @SuppressWarnings("unchecked")
  private RoleWords<R> frozen(Class<R> roles) {
    R[] all = roles.getEnumConstants();
    exactOf = new Set[all.length];
    prefixOf = new String[all.length][];
    suffixOf = new String[all.length][];
    for (R r : all) {
      exactOf[r.ordinal()] = Set.copyOf(exact.get(r));
      prefixOf[r.ordinal()] = prefix.get(r).toArray(new String[0]);
      suffixOf[r.ordinal()] = suffix.get(r).toArray(new String[0]);
    }
    return this;
  }
}
