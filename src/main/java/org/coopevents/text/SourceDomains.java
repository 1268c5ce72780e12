package org.coopevents.text;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.net.InternetDomainName;

/**
 * The outlet identity of {@code articles.source_domain} (dataset.md): the registrable domain
 * of the article's URL host, lower case, without {@code www.} ({@code news.tass.ru} →
 * {@code tass.ru}, {@code www.bbc.co.uk} → {@code bbc.co.uk}, by the public suffix list);
 * failing a URL, the source when it is a domain, else the source name normalised to lower-case
 * words joined by hyphens ("Eurasia Today" and {@code eurasia-today} → {@code eurasia-today}).
 * {@link #count} counts outlets for {@code num_sources}. Stateless.
 */
public final class SourceDomains {
  private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9\\p{L}-]+(\\.[a-z0-9\\p{L}-]+)+\\.?");
  private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9a-f:]+\\]?");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SourceDomains() {}

  /** The outlet identity of an article from its URL and source; null when it has neither. */
  public static String of(String url, String source) {
    String fromUrl = fromUrl(url);
    if (fromUrl != null) return fromUrl;
    if (source == null || source.isBlank()) return null;
    String s = source.strip().toLowerCase(Locale.ROOT);
    if (HOST.matcher(s).matches()) return domain(s);
    String slug = NOT_WORD.matcher(s).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? null : slug;
  }

  /** The registrable domain of the URL's host, or null when the URL has no host. */
  static String fromUrl(String url) {
    if (url == null || url.isBlank()) return null;
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    return host == null || host.isBlank() ? null : domain(host.toLowerCase(Locale.ROOT));
  }

  /** A host's registrable domain; a host under no known public suffix keeps its last two labels. */
  static String domain(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (IP.matcher(h).matches() || !h.contains(".")) return h;
    try {
      InternetDomainName d = InternetDomainName.from(h);
      if (d.isUnderPublicSuffix()) return d.topPrivateDomain().toString();
      if (d.isPublicSuffix()) return h;
    } catch (IllegalArgumentException | IllegalStateException e) {
      // not a valid domain name: fall through to the plain rule
    }
    if (h.startsWith("www.")) h = h.substring(4);
    int last = h.lastIndexOf('.');
    int before = last <= 0 ? -1 : h.lastIndexOf('.', last - 1);
    return before < 0 ? h : h.substring(before + 1);
  }

  /**
   * Distinct outlets among identities from {@link #of}: a normalised source name counts as
   * the domain whose name it is (letters and digits alike, the public suffix aside), when that
   * domain is among them: {@code eurasia-today} and {@code eurasia-today.example} are one
   * outlet; {@code tass.ru} and {@code tass.com} stay two. Nulls are ignored.
   */
  public static int count(Collection<String> identities) {
    Set<String> all = new TreeSet<>();
    for (String i : identities) if (i != null) all.add(i);
    Set<String> names = new TreeSet<>();
    for (String i : all) if (i.contains(".")) names.add(letters(namePart(i)));
    int n = 0;
    for (String i : all) if (i.contains(".") || !names.contains(letters(i))) n++;
    return n;
  }

  private static String letters(String s) {
    return NOT_WORD.matcher(s).replaceAll("");
  }

  /** A domain without its public suffix: {@code tass.ru} → {@code tass}, {@code bbc.co.uk} → {@code bbc}. */
  static String namePart(String domain) {
    try {
      InternetDomainName d = InternetDomainName.from(domain);
      if (d.hasPublicSuffix() && !d.isPublicSuffix()) {
        String suffix = d.publicSuffix().toString();
        return domain.substring(0, domain.length() - suffix.length() - 1);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      // fall through
    }
    int last = domain.lastIndexOf('.');
    return last < 0 ? domain : domain.substring(0, last);
  }
}
