package org.coopevents.dedup;

/**
 * Which copy of a duplicated article is kept: the earliest published, then the smallest id.
 * {@link #sortKey} orders articles that way as plain strings (an undated article sorts last),
 * so the kept copy of a group is its minimum key.
 */
public final class KeptCopy {
  private static final char SEP = '\u0001';

  private KeptCopy() {}

  public static String sortKey(String publishedDate, String articleId) {
    return (publishedDate == null ? "9999-99-99" : publishedDate) + SEP + articleId;
  }

  public static String articleId(String sortKey) {
    return sortKey.substring(sortKey.indexOf(SEP) + 1);
  }
}
