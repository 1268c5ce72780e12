/**
 * Plain-text side of coopevents: {@link org.coopevents.text.TextNormalizer} makes text uniform
 * (NFC, one kind of space and line break), {@link org.coopevents.text.PageFurnitureCleaner} keeps
 * only an article's own lines from a saved page, {@link org.coopevents.text.LanguageDetector}
 * names the main language and {@link org.coopevents.text.SentenceSplitter} cuts text into
 * sentence {@link org.coopevents.text.Span}s. Plain Java, no Beam; every class is stateless or
 * immutable after loading, so one instance (or the static methods) can serve many threads.
 */
package org.coopevents.text;
