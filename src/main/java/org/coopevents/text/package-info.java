/**
 * Text from web pages: {@link org.coopevents.text.HtmlCharset} turns page bytes into a string,
 * {@link org.coopevents.text.HtmlMainText} finds the article body (readability-style container
 * scoring, no per-site rules) together with title, publication date and language, returned as an
 * immutable {@link org.coopevents.text.HtmlPage}. Plain Java on jsoup; everything is stateless
 * and thread-safe.
 */
package org.coopevents.text;
