/**
 * Text: from page bytes and saved pages to the cleaned article text that extraction reads.
 *
 * <ul>
 *   <li>{@link org.coopevents.text.HtmlCharset} turns page bytes into a string;
 *       {@link org.coopevents.text.HtmlMainText} finds the article body (readability-style
 *       container scoring, no per-site rules) with title, publication date and language, as an
 *       immutable {@link org.coopevents.text.HtmlPage}.</li>
 *   <li>{@link org.coopevents.text.TextNormalizer} makes text uniform (NFC, one kind of space
 *       and line break); {@link org.coopevents.text.PageFurnitureCleaner} keeps only an
 *       article's own lines from a saved page; {@link org.coopevents.text.LanguageDetector}
 *       names the main language; {@link org.coopevents.text.SentenceSplitter} cuts text into
 *       sentence {@link org.coopevents.text.Span}s.</li>
 *   <li>{@link org.coopevents.text.ArticleCleaner} applies them to a raw unit and gives the
 *       cleaned {@link org.coopevents.model.Article} with its stable id.</li>
 * </ul>
 * Plain Java, no Beam; every class is stateless or immutable after loading, so one instance
 * (or the static methods) serves many threads.
 */
package org.coopevents.text;
