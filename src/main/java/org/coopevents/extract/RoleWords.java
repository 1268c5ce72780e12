package org.coopevents.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopevents.knowledge.Tokens;

/**
 * Words by the role they play, read from a two-column data file beside this class ("ROLE\tword",
 * a trailing {@code *} makes the word a prefix, a leading {@code *} an ending; '#' starts a comment). Roles are an enum of the
 * reader, so that a misspelt role fails at load time. The lists are kept by role ordinal, as
 * arrays: {@link #is} is called for most tokens of every article.
 */
final class RoleWords<R extends Enum<R>> {
  private final Set<String>[] exact;
  private final String[][] prefix;
  private final String[][] suffix;

  private RoleWords(Set<String>[] exact, String[][] prefix, String[][] suffix) {
    this.exact = exact;
    this.prefix = prefix;
    this.suffix = suffix;
  }

  @SuppressWarnings("unchecked")
  static <R extends Enum<R>> RoleWords<R> load(String name, Class<R> roles) {
    int n = roles.getEnumConstants().length;
    List<Set<String>> exact = new ArrayList<>();
    List<List<String>> prefix = new ArrayList<>();
    List<List<String>> suffix = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      exact.add(new HashSet<>());
      prefix.add(new ArrayList<>());
      suffix.add(new ArrayList<>());
    }
    try (InputStream in = RoleWords.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length != 2) throw new IllegalStateException(name + ": bad line: " + line);
        int role = Enum.valueOf(roles, f[0].strip()).ordinal();
        String raw = f[1].strip();
        if (raw.startsWith("*")) {
          suffix.get(role).add(Tokens.norm(raw.substring(1)));
          continue;
        }
        String word = Tokens.norm(raw);
        if (word.endsWith("*")) prefix.get(role).add(word.substring(0, word.length() - 1));
        else exact.get(role).add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String>[] exactOf = new Set[n];
    String[][] prefixOf = new String[n][];
    String[][] suffixOf = new String[n][];
    for (int i = 0; i < n; i++) {
      exactOf[i] = Set.copyOf(exact.get(i));
      prefixOf[i] = prefix.get(i).toArray(new String[0]);
      suffixOf[i] = suffix.get(i).toArray(new String[0]);
    }
    return new RoleWords<>(exactOf, prefixOf, suffixOf);
  }

  /** Whether {@code word} (normalised) plays {@code role}. */
  boolean is(R role, String word) {
    int r = role.ordinal();
    if (exact[r].contains(word)) return true;
    for (String p : prefix[r]) if (word.startsWith(p)) return true;
    for (String p : suffix[r]) if (word.length() > p.length() + 2 && word.endsWith(p)) return true;
    return false;
  }
}
