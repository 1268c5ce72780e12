package org.coopevents.incremental;

import org.apache.avro.file.CodecFactory;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/** Writes state records as the Avro files ({@code part-*.avro}, Snappy) of one segment folder. */
public final class WriteState extends PTransform<PCollection<StoredUnit>, PDone> {
  private final String segmentDir;
  private final int shards;

  public WriteState(String segmentDir, int shards) {
    super("WriteState");
    this.segmentDir = segmentDir;
    this.shards = shards;
  }

  @Override
  public PDone expand(PCollection<StoredUnit> units) {
    StateRecords records = StateRecords.create();
    units.apply("ToAvro", ParDo.of(new ToRecordFn(records)))
        .setCoder(AvroCoder.of(records.avroSchema()))
        .apply("WriteAvro", AvroIO.writeGenericRecords(records.avroSchema())
            .to(segmentDir + "/part")
            .withSuffix(".avro")
            .withCodec(CodecFactory.snappyCodec())
            .withNumShards(shards));
    return PDone.in(units.getPipeline());
  }

  static final class ToRecordFn extends DoFn<StoredUnit, GenericRecord> {
    private final StateRecords records;

    ToRecordFn(StateRecords records) {
      this.records = records;
    }

    @ProcessElement
    public void process(@Element StoredUnit u, OutputReceiver<GenericRecord> out) {
      out.output(records.toRecord(u));
    }
  }
}
