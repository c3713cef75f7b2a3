package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.SourceResolver;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's publisher as a source: from the publisher field, else the URL's host, else a wire dateline
 * ("CITY, Date (Agency) –"), else "unknown publisher" (one source for all such articles, never the article id).
 */
final class PublisherSource {
  static final String UNKNOWN_KEY = "unknown-publisher";
  static final String UNKNOWN_NAME = "unknown publisher";
  private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .'-]+,[^\\n(]{0,25}\\(([A-Za-z][A-Za-z .&-]{1,30})\\)\\s*[–—-]");

  private PublisherSource() {}

  static FoundSource of(ArticleInput article, SourceDirectory directory) {
    // The name is also what the article's unattributed lead statements are credited to.
    String name = blankToNull(article.publisher());
    if (name == null) name = host(article.url());
    if (name == null) {
      Matcher m = DATELINE.matcher(article.title().isBlank() ? article.body() : article.title());
      if (!m.find()) m = DATELINE.matcher(article.body());
      if (m.find(0)) name = m.group(1).strip();
    }
    if (name == null) return new FoundSource(UNKNOWN_KEY, UNKNOWN_NAME, SourceKind.PUBLICATION, null, null);
    SourceDirectory.Entry e = directory.byAlias(name);
    if (e != null) return new FoundSource(e.key(), e.name(), e.type(), null, null);
    return new FoundSource(SourceResolver.slug(name), name, SourceKind.PUBLICATION, null, null);
  }

  private static String host(String url) {
    if (blankToNull(url) == null) return null;
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) return null;
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
