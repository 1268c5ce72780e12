package org.coopevents.knowledge;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every knowledge file, loaded once and indexed: the bundle the extractor reads. Immutable and
 * thread-safe; {@link #load()} returns one shared instance per class loader.
 */
public final class Knowledge {
  /** Where the data files live on the class path. */
  public static final String RESOURCE_DIR = "org/coopevents/knowledge/";

  private static final ConcurrentHashMap<List<String>, Knowledge> CACHE = new ConcurrentHashMap<>();

  public final Countries countries;
  public final Leaders leaders;
  public final Titles titles;
  public final DocTypes docTypes;
  public final SectorLexicon sectors;
  public final TitleTranslator translator;

  private Knowledge(List<String> prefixes) {
    this.countries = Countries.load(prefixes);
    this.leaders = Leaders.load(prefixes);
    this.titles = Titles.load(prefixes);
    this.docTypes = DocTypes.load(prefixes);
    this.sectors = SectorLexicon.load(prefixes);
    this.translator = TitleTranslator.load(prefixes, countries, docTypes);
  }

  /** The project's data files (cached). */
  public static Knowledge load() {
    return load(List.of(RESOURCE_DIR));
  }

  /**
   * Loads each file from the first class-path folder of {@code prefixes} that holds it (cached
   * per list); a file found nowhere loads as empty.
   */
  public static Knowledge load(List<String> prefixes) {
    return CACHE.computeIfAbsent(List.copyOf(prefixes), Knowledge::new);
  }
}
