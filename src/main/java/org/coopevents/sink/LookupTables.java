package org.coopevents.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.coopevents.knowledge.Countries;
import org.coopevents.knowledge.Knowledge;
import org.coopevents.knowledge.Tsv;

/**
 * The rows of the two lookup tables beside the five of dataset.md: {@code countries} (every
 * country the gazetteer knows: ISO3 code, English and Russian names, from countries.tsv) and
 * {@code sectors} (the codes of sectors.md with a description, from sector_codes.tsv). Rows
 * travel as tab-separated lines (no tab or newline occurs in these names) and become records
 * with {@link #country} and {@link #sector}. Sorted by code: the same files on every run.
 */
public final class LookupTables {
  public static final String SECTOR_CODES_FILE = "sector_codes.tsv";
  public static final String SECTOR_CODES_HEADER = "code\tdescription";

  private LookupTables() {}

  /** "iso3\tname_en\tname_ru" for every country of the gazetteer. */
  public static List<String> countryLines() {
    Countries c = Knowledge.load().countries;
    List<String> out = new ArrayList<>();
    for (String iso3 : new TreeSet<>(c.iso3Codes())) {
      Countries.Country x = c.get(iso3);
      out.add(iso3 + "\t" + x.nameEn() + "\t" + x.nameRu());
    }
    return out;
  }

  /** "code\tdescription" for every sector code. */
  public static List<String> sectorLines() {
    List<String> out = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(List.of(Knowledge.RESOURCE_DIR), SECTOR_CODES_FILE,
        SECTOR_CODES_HEADER).rows()) {
      out.add(r.get(0) + "\t" + r.get(1));
    }
    out.sort(null);
    return out;
  }

  /** The rows of lookup table {@code table} ({@code countries} or {@code sectors}) as records. */
  public static List<GenericRecord> records(String table) {
    List<GenericRecord> out = new ArrayList<>();
    switch (table) {
      case "countries" -> countryLines().forEach(l -> out.add(country(l)));
      case "sectors" -> sectorLines().forEach(l -> out.add(sector(l)));
      default -> throw new IllegalArgumentException("no lookup table " + table);
    }
    return out;
  }

  public static GenericRecord country(String line) {
    String[] f = line.split("\t", -1);
    GenericRecord r = new GenericData.Record(TableSchemas.COUNTRIES);
    r.put("iso3", f[0]);
    r.put("name_en", f[1]);
    r.put("name_ru", f[2]);
    return r;
  }

  public static GenericRecord sector(String line) {
    String[] f = line.split("\t", -1);
    GenericRecord r = new GenericData.Record(TableSchemas.SECTORS);
    r.put("code", f[0]);
    r.put("description", f[1]);
    return r;
  }
}
