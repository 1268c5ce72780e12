package org.coopevents.incremental;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads the records of the reused files back from the state: the given segment files, read with
 * Beam's Avro IO, keeping only records whose file key is one of {@code liveKeys} (records of
 * files that changed or are gone stay behind).
 */
public final class ReadState extends PTransform<PBegin, PCollection<StoredUnit>> {
  private final List<String> files;
  private final TreeSet<String> liveKeys;

  public ReadState(List<String> files, Set<String> liveKeys) {
    super("ReadState");
    this.files = List.copyOf(files);
    this.liveKeys = new TreeSet<>(liveKeys);
  }

  @Override
  public PCollection<StoredUnit> expand(PBegin begin) {
    StateRecords records = StateRecords.create();
    PCollection<StoredUnit> out = begin
        .apply("StateFiles", Create.of(files).withCoder(StringUtf8Coder.of()))
        .apply("MatchStateFiles", FileIO.matchAll())
        .apply("OpenStateFiles", FileIO.readMatches())
        .apply("ReadAvro", AvroIO.readFilesGenericRecords(records.avroSchema()))
        .apply("LiveUnits", ParDo.of(new LiveUnitsFn(records, liveKeys)));
    try {
      return out.setCoder(begin.getPipeline().getSchemaRegistry().getSchemaCoder(StoredUnit.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
  }

  static final class LiveUnitsFn extends DoFn<GenericRecord, StoredUnit> {
    private final StateRecords records;
    private final TreeSet<String> liveKeys;

    LiveUnitsFn(StateRecords records, TreeSet<String> liveKeys) {
      this.records = records;
      this.liveKeys = liveKeys;
    }

    @ProcessElement
    public void process(@Element GenericRecord r, OutputReceiver<StoredUnit> out) {
      if (!liveKeys.contains(String.valueOf(r.get("fileKey")))) return;
      out.output(records.fromRecord(r));
    }
  }
}
