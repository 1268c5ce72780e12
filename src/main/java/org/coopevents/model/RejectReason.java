package org.coopevents.model;

/** Stable reason codes of the {@code rejects} table. Never rename one: users filter on them. */
public enum RejectReason {
  /** A JSON Lines line that is not valid JSON (includes truncated lines). */
  MALFORMED_JSON,
  /** A JSON value that is not an object (an array, a string, a number). */
  NOT_AN_OBJECT,
  /** A known field with the wrong JSON type (e.g. {@code "text": 42}). */
  WRONG_FIELD_TYPE,
  /** No {@code text}/{@code maintext} and no {@code html}. */
  MISSING_BODY,
  /** Bytes that are not valid UTF-8 where UTF-8 is required. */
  BAD_ENCODING,
  /** JSON nested deeper than the parser allows (a nesting bomb). */
  NESTING_TOO_DEEP,
  /** A unit larger than {@code --maxBodyBytes}. */
  TOO_LARGE,
  /** A file with no bytes at all. */
  EMPTY_FILE,
  /** A file whose bytes are binary, not text. */
  BINARY_FILE,
  /** A gzip stream that ends early or is corrupt. */
  TRUNCATED_GZIP,
  /** A WARC record that cannot be parsed. */
  CORRUPT_WARC_RECORD,
  /** A .warc file that is not a WARC at all. */
  NOT_A_WARC,
  /** A body that is empty after furniture removal and normalisation. */
  EMPTY_TEXT,
  /** The file could not be opened or read (also: a symbolic link to nothing). */
  UNREADABLE_FILE,
  /** A named pipe, device or socket (or a link to one) among the inputs: never opened. */
  NOT_A_REGULAR_FILE,
  /** A JSON number with more digits than the parser takes (1,000). */
  NUMBER_TOO_LONG
}
