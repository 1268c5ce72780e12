package org.coopevents.dedup.beam;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * One side of a candidate pair of copies, keyed by the other side's sort key: the article's
 * sort key ({@link org.coopevents.dedup.KeptCopy#sortKey}) and whether the pair shares an
 * exact-text bucket (then it needs no signature check). With the signature of the key's
 * article once it was joined ({@link FindDuplicateArticles#check}), else null.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Candidate {
  public final String other;
  public final boolean exact;
  public final @org.checkerframework.checker.nullness.qual.Nullable String otherSignature;

  @SchemaCreate
  public Candidate(String other, boolean exact,
      @org.checkerframework.checker.nullness.qual.Nullable String otherSignature) {
    this.other = other;
    this.exact = exact;
    this.otherSignature = otherSignature;
  }

  static Candidate of(String other, boolean exact) {
    return new Candidate(other, exact, null);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Candidate)) return false;
    Candidate c = (Candidate) o;
    return exact == c.exact && other.equals(c.other) && Objects.equals(otherSignature, c.otherSignature);
  }

  @Override
  public int hashCode() {
    return other.hashCode() * 31 + (exact ? 1 : 0);
  }

  @Override
  public String toString() {
    return (exact ? "x " : "b ") + other;
  }
}
