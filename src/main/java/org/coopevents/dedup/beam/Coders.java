package org.coopevents.dedup.beam;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.values.KV;

/** Coders of what the dedup steps shuffle: string keys, schema values (deterministic). */
final class Coders {
  private Coders() {}

  /** (string key, value of a class with a Beam schema). */
  static <T> Coder<KV<String, T>> keyed(Pipeline p, Class<T> valueClass) {
    try {
      return KvCoder.of(StringUtf8Coder.of(), p.getSchemaRegistry().getSchemaCoder(valueClass));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(valueClass + " has no Beam schema", e);
    }
  }
}
