package org.coopevents.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token trie that finds phrases in tokenised text, following the matching conventions of
 * KNOWLEDGE-FORMATS.md: whole tokens only; a pattern token whose first letter is upper case
 * matches only a text token that starts with an upper-case letter, a lower-case pattern token
 * matches any capitalisation; a pattern token ending in {@code *} is a prefix; ё counts as е;
 * the longest match wins. Immutable and thread-safe once built.
 *
 * @param <V> the value attached to each phrase (a phrase may carry several values)
 */
public final class PhraseMatcher<V> {

  /** One phrase found: tokens [tokenStart, tokenEnd), characters [start, end), its values. */
  public static final class Match<V> {
    public final int tokenStart;
    public final int tokenEnd;
    public final int start;
    public final int end;
    public final List<V> values;

    Match(int tokenStart, int tokenEnd, int start, int end, List<V> values) {
      this.tokenStart = tokenStart;
      this.tokenEnd = tokenEnd;
      this.start = start;
      this.end = end;
      this.values = values;
    }

    @Override
    public String toString() {
      return "Match[" + start + "," + end + ")" + values;
    }
  }

  /** A character trie over prefix strings: sorted keys, binary search, no allocation. */
  static final class CharNode {
    char[] keys = new char[0];
    CharNode[] kids = new CharNode[0];
    int[] edges;

    CharNode child(char c) {
      int i = java.util.Arrays.binarySearch(keys, c);
      return i >= 0 ? kids[i] : null;
    }

    static final class Builder {
      private final java.util.TreeMap<Character, Builder> kids = new java.util.TreeMap<>();
      private final List<Integer> edges = new ArrayList<>();

      void add(String s, int edge) {
        Builder b = this;
        for (int i = 0; i < s.length(); i++) b = b.kids.computeIfAbsent(s.charAt(i), k -> new Builder());
        b.edges.add(edge);
      }

      CharNode build() {
        CharNode n = new CharNode();
        n.keys = new char[kids.size()];
        n.kids = new CharNode[kids.size()];
        int i = 0;
        for (Map.Entry<Character, Builder> e : kids.entrySet()) {
          n.keys[i] = e.getKey();
          n.kids[i] = e.getValue().build();
          i++;
        }
        if (!edges.isEmpty()) n.edges = edges.stream().mapToInt(Integer::intValue).toArray();
        return n;
      }
    }
  }

  private static final class Node<V> {
    final Map<String, Node<V>> anyCase = new HashMap<>();
    final Map<String, Node<V>> upperOnly = new HashMap<>();
    final List<String> prefixes = new ArrayList<>();
    final List<Boolean> prefixUpper = new ArrayList<>();
    final List<Node<V>> prefixNodes = new ArrayList<>();
    /** Prefix edges in a character trie, built by freeze(). */
    CharNode prefixTrie;
    List<V> values;
  }

  /** Collects phrases, then {@link #build()}. Not thread-safe. */
  public static final class Builder<V> {
    private final Node<V> root = new Node<>();
    private int count;

    /** Adds a phrase; returns false when the pattern has no token. */
    public boolean add(String pattern, V value) {
      List<String> toks = patternTokens(pattern);
      if (toks.isEmpty()) return false;
      Node<V> node = root;
      for (String tok : toks) {
        boolean prefix = tok.endsWith("*");
        String body = prefix ? tok.substring(0, tok.length() - 1) : tok;
        if (body.isEmpty()) return false;
        boolean upper = Character.isUpperCase(body.charAt(0)) || Character.isTitleCase(body.charAt(0));
        String norm = Tokens.norm(body);
        if (prefix) {
          int found = -1;
          for (int k = 0; k < node.prefixes.size(); k++) {
            if (node.prefixes.get(k).equals(norm) && node.prefixUpper.get(k) == upper) found = k;
          }
          if (found < 0) {
            node.prefixes.add(norm);
            node.prefixUpper.add(upper);
            node.prefixNodes.add(new Node<>());
            found = node.prefixes.size() - 1;
          }
          node = node.prefixNodes.get(found);
        } else {
          Map<String, Node<V>> map = upper ? node.upperOnly : node.anyCase;
          node = map.computeIfAbsent(norm, k -> new Node<>());
        }
      }
      if (node.values == null) node.values = new ArrayList<>(2);
      if (!node.values.contains(value)) node.values.add(value);
      count++;
      return true;
    }

    public int size() {
      return count;
    }

    public PhraseMatcher<V> build() {
      freeze(root);
      return new PhraseMatcher<>(root, count);
    }

    private static <V> void freeze(Node<V> n) {
      if (n.values != null) n.values = List.copyOf(n.values);
      if (!n.prefixes.isEmpty()) {
        CharNode.Builder cb = new CharNode.Builder();
        for (int k = 0; k < n.prefixes.size(); k++) cb.add(n.prefixes.get(k), k);
        n.prefixTrie = cb.build();
      }
      for (Node<V> c : n.anyCase.values()) freeze(c);
      for (Node<V> c : n.upperOnly.values()) freeze(c);
      for (Node<V> c : n.prefixNodes) freeze(c);
    }
  }

  /**
   * Splits a pattern into tokens the way text is tokenised, keeping a trailing {@code *} on a
   * token ("туризм*" stays one prefix token; "Гвинея-Бисау" gives two tokens).
   */
  static List<String> patternTokens(String pattern) {
    List<String> out = new ArrayList<>();
    int n = pattern.length();
    int i = 0;
    while (i < n) {
      if (!Tokens.isWordChar(pattern.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && Tokens.isWordChar(pattern.charAt(i))) i++;
      String tok = pattern.substring(s, i);
      if (i < n && pattern.charAt(i) == '*') {
        tok = tok + "*";
        i++;
      }
      out.add(tok);
    }
    return out;
  }

  private final Node<V> root;
  private final int size;
  /**
   * A one-bit-per-bucket summary of the root's whole-token keys (any case and upper only),
   * indexed by the token's hash: a clear bit proves that no phrase starts with that token, so
   * most tokens of a text are turned away without a hash-map lookup. A set bit proves nothing.
   */
  private final long[] startBits;
  /** The first characters of the root's prefix patterns, same idea (characters below 0x800). */
  private final long[] prefixFirstChars;
  /**
   * The root's whole-token keys again, in an open-addressing table probed with the hash the
   * tokeniser already computed (a HashMap would hash every token string once more). Each slot
   * says whether the key starts a phrase in any case, or only capitalised.
   */
  private final String[] rootKeys;
  private final boolean[] rootAnyCase;
  private final boolean[] rootUpperOnly;
  private final int rootMask;

  private static final int START_BITS = 1 << 16;
  private static final int CHAR_BITS = 0x800;

  private PhraseMatcher(Node<V> root, int size) {
    this.root = root;
    this.size = size;
    this.startBits = new long[START_BITS / 64];
    for (String k : root.anyCase.keySet()) setBit(startBits, startBucket(k.hashCode()));
    for (String k : root.upperOnly.keySet()) setBit(startBits, startBucket(k.hashCode()));
    java.util.Set<String> keys = new java.util.HashSet<>(root.anyCase.keySet());
    keys.addAll(root.upperOnly.keySet());
    int cap = Integer.highestOneBit(Math.max(8, keys.size() * 2)) << 1;
    this.rootKeys = new String[cap];
    this.rootAnyCase = new boolean[cap];
    this.rootUpperOnly = new boolean[cap];
    this.rootMask = cap - 1;
    for (String k : keys) {
      int i = slot(k, k.hashCode());
      rootKeys[i] = k;
      rootAnyCase[i] = root.anyCase.containsKey(k);
      rootUpperOnly[i] = root.upperOnly.containsKey(k);
    }
    this.prefixFirstChars = new long[CHAR_BITS / 64];
    for (String p : root.prefixes) {
      char c = p.charAt(0);
      // a first character beyond the table: every token must take the slow test
      if (c >= CHAR_BITS) java.util.Arrays.fill(prefixFirstChars, -1L);
      else setBit(prefixFirstChars, c);
    }
  }

  /** The slot of {@code key} in the root table: where it is, or the empty slot where it would go. */
  private int slot(String key, int hash) {
    int i = (hash ^ (hash >>> 16)) & rootMask;
    while (rootKeys[i] != null && !rootKeys[i].equals(key)) i = (i + 1) & rootMask;
    return i;
  }

  private static int startBucket(int h) {
    return (h ^ (h >>> 16)) & (START_BITS - 1);
  }

  private static void setBit(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  private static boolean bit(long[] bits, int i) {
    return (bits[i >>> 6] & (1L << i)) != 0;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  public int size() {
    return size;
  }

  /** The longest phrase starting at token {@code i} and ending at or before {@code limit}, or null. */
  public Match<V> longestAt(Tokens t, int i, int limit) {
    if (!canStart(t, i)) return null;
    int[] bestEnd = {-1};
    List<List<V>> bestValues = new ArrayList<>(1);
    walk(root, t, i, i, Math.min(limit, t.size()), bestEnd, bestValues);
    if (bestEnd[0] < 0) return null;
    List<V> values;
    if (bestValues.size() == 1) {
      values = bestValues.get(0);
    } else {
      List<V> all = new ArrayList<>();
      for (List<V> vs : bestValues) for (V v : vs) if (!all.contains(v)) all.add(v);
      values = List.copyOf(all);
    }
    int e = bestEnd[0];
    return new Match<>(i, e, t.start(i), t.end(e - 1), values);
  }

  /** Cheap test: does any phrase start with token i? (no allocation) */
  private boolean canStart(Tokens t, int i) {
    String tok = t.norm(i);
    int h = t.hash(i);
    if (bit(startBits, startBucket(h))) {
      int k = slot(tok, h);
      if (rootKeys[k] != null && (rootAnyCase[k] || (rootUpperOnly[k] && t.upperFirst(i)))) return true;
    }
    if (tok.isEmpty()) return false;
    char first = tok.charAt(0);
    if (first < CHAR_BITS && !bit(prefixFirstChars, first)) return false;
    CharNode cn = root.prefixTrie;
    for (int ci = 0; ci < tok.length() && cn != null; ci++) {
      cn = cn.child(tok.charAt(ci));
      if (cn != null && cn.edges != null) return true;
    }
    return false;
  }

  private void walk(Node<V> node, Tokens t, int start, int pos, int limit, int[] bestEnd,
      List<List<V>> bestValues) {
    if (node.values != null && pos > start) {
      if (pos > bestEnd[0]) {
        bestEnd[0] = pos;
        bestValues.clear();
        bestValues.add(node.values);
      } else if (pos == bestEnd[0]) {
        bestValues.add(node.values);
      }
    }
    if (pos >= limit) return;
    String tok = t.norm(pos);
    Node<V> next = node.anyCase.get(tok);
    if (next != null) walk(next, t, start, pos + 1, limit, bestEnd, bestValues);
    if (t.upperFirst(pos) && !node.upperOnly.isEmpty()) {
      next = node.upperOnly.get(tok);
      if (next != null) walk(next, t, start, pos + 1, limit, bestEnd, bestValues);
    }
    if (node.prefixTrie != null) {
      CharNode cn = node.prefixTrie;
      for (int ci = 0; ci < tok.length() && cn != null; ci++) {
        cn = cn.child(tok.charAt(ci));
        if (cn == null || cn.edges == null) continue;
        for (int k : cn.edges) {
          if (!node.prefixUpper.get(k) || t.upperFirst(pos)) {
            walk(node.prefixNodes.get(k), t, start, pos + 1, limit, bestEnd, bestValues);
          }
        }
      }
    }
  }

  /** Leftmost-longest, non-overlapping matches over the whole text. */
  public List<Match<V>> findAll(Tokens t) {
    return findAll(t, 0, t.size());
  }

  /** Leftmost-longest, non-overlapping matches over tokens [from, to). */
  public List<Match<V>> findAll(Tokens t, int from, int to) {
    List<Match<V>> out = new ArrayList<>();
    int i = from;
    int lim = Math.min(to, t.size());
    while (i < lim) {
      Match<V> m = longestAt(t, i, lim);
      if (m != null) {
        out.add(m);
        i = m.tokenEnd;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Convenience: matches in a plain string. */
  public List<Match<V>> findAll(String text) {
    return findAll(Tokens.of(text));
  }
}
