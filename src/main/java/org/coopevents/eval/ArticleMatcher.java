package org.coopevents.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopevents.model.Article;

/**
 * Pairs gold articles with output articles. In order: the gold {@code id} equals
 * {@code articles.article_id}; the gold {@code url} (or an {@code id} that is the URL) equals
 * {@code articles.url}; the gold {@code id} equals the base name of the article's input file
 * without its extension (saved .txt pages, whose article_id is a hash), when exactly one
 * output article has that name. Last, a gold file holding exactly one article still unpaired
 * is paired with the only article of an output that holds exactly one.
 */
public final class ArticleMatcher {
  /** How a gold article found its output article. */
  public enum How { ID, URL, FILE_NAME, SINGLE, MISSING }

  /** A gold article and its output article (null when missing). */
  public record Pairing(GoldArticle gold, Article output, How how) {}

  private final List<Article> articles;
  private final Map<String, Article> byId = new LinkedHashMap<>();
  private final Map<String, Article> byUrl = new LinkedHashMap<>();
  private final Map<String, List<Article>> byBaseName = new LinkedHashMap<>();

  public ArticleMatcher(List<Article> articles) {
    this.articles = List.copyOf(articles);
    for (Article a : this.articles) {
      byId.putIfAbsent(a.articleId, a);
      if (a.url != null) byUrl.putIfAbsent(a.url, a);
      byBaseName.computeIfAbsent(baseName(a.inputFile), k -> new ArrayList<>()).add(a);
    }
  }

  /** Pairs the articles of each gold file (a list per file, in file order). */
  public List<Pairing> pair(List<List<GoldArticle>> goldFiles) {
    List<Pairing> out = new ArrayList<>();
    for (List<GoldArticle> file : goldFiles) {
      for (GoldArticle g : file) {
        Pairing p = pairOne(g);
        if (p.how() == How.MISSING && file.size() == 1 && articles.size() == 1) {
          p = new Pairing(g, articles.get(0), How.SINGLE);
        }
        out.add(p);
      }
    }
    return out;
  }

  Pairing pairOne(GoldArticle g) {
    if (g.id() != null && byId.containsKey(g.id())) return new Pairing(g, byId.get(g.id()), How.ID);
    if (g.url() != null && byUrl.containsKey(g.url())) {
      return new Pairing(g, byUrl.get(g.url()), How.URL);
    }
    if (g.id() != null && byUrl.containsKey(g.id())) {
      return new Pairing(g, byUrl.get(g.id()), How.URL);
    }
    if (g.id() != null) {
      List<Article> named = byBaseName.getOrDefault(g.id(), List.of());
      if (named.size() == 1) return new Pairing(g, named.get(0), How.FILE_NAME);
    }
    return new Pairing(g, null, How.MISSING);
  }

  /** The file name of a path or URL without folders and without its last extension. */
  static String baseName(String inputFile) {
    if (inputFile == null) return "";
    String s = inputFile;
    int q = s.indexOf('?');
    if (s.contains("://") && q >= 0) s = s.substring(0, q);
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    s = s.substring(slash + 1);
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }
}
