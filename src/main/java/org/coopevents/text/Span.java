package org.coopevents.text;

/** A half-open range of character offsets {@code [start, end)} in some text. Immutable. */
public final class Span {
  public final int start;
  public final int end;

  public Span(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    this.start = start;
    this.end = end;
  }

  public int length() {
    return end - start;
  }

  /** The characters of {@code text} that this span covers. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Span)) {
      return false;
    }
    Span other = (Span) o;
    return start == other.start && end == other.end;
  }

  @Override
  public int hashCode() {
    return 31 * start + end;
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
