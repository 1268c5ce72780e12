package org.coopevents.incremental;

import java.io.Serializable;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;

/**
 * {@link StoredUnit} ↔ Avro record, through its Beam schema: the Avro schema of the state files
 * is derived from the Beam schema of the class, so the two cannot drift apart. Serializable
 * (the Avro schema travels as JSON).
 */
final class StateRecords implements Serializable {
  private final org.apache.beam.sdk.schemas.Schema beamSchema;
  private final SerializableFunction<StoredUnit, Row> toRow;
  private final SerializableFunction<Row, StoredUnit> fromRow;
  private final String avroJson;
  private transient Schema avro;

  private StateRecords(org.apache.beam.sdk.schemas.Schema beamSchema,
      SerializableFunction<StoredUnit, Row> toRow, SerializableFunction<Row, StoredUnit> fromRow) {
    this.beamSchema = beamSchema;
    this.toRow = toRow;
    this.fromRow = fromRow;
    this.avroJson = AvroUtils.toAvroSchema(beamSchema).toString();
  }

  static StateRecords create() {
    SchemaRegistry r = SchemaRegistry.createDefault();
    try {
      return new StateRecords(r.getSchema(StoredUnit.class), r.getToRowFunction(StoredUnit.class),
          r.getFromRowFunction(StoredUnit.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("StoredUnit has no Beam schema", e);
    }
  }

  Schema avroSchema() {
    if (avro == null) avro = new Schema.Parser().parse(avroJson);
    return avro;
  }

  GenericRecord toRecord(StoredUnit u) {
    return AvroUtils.toGenericRecord(toRow.apply(u), avroSchema());
  }

  StoredUnit fromRecord(GenericRecord r) {
    return fromRow.apply(AvroUtils.toBeamRowStrict(r, beamSchema));
  }
}
