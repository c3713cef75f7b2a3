package io.claimwatch.aggregate.score;

import java.util.ArrayList;
import java.util.List;

/**
 * The size limits that keep a claim's status (and every store record behind it) bounded whatever the size of the
 * story. The status lists the {@code topSources} heaviest origins; each origin shows at most
 * {@code articlesPerSource} article ids (the smallest ones, then only as many as fit {@code sourceIdChars}, the same
 * for their URLs) and {@code relayersPerSource} relayers; the claim shows its {@code statusArticles} smallest article
 * ids within {@code statusIdChars}; free texts (claim text, quotes) are clipped to {@code textChars}, display names to
 * {@code nameChars}, history article ids to {@code historyIdChars}. Everything else is served by the paged routes.
 * The resulting byte bound is derived in {@code docs/aggregate-service.md}.
 *
 * @param topSources origins listed in the status (heaviest first), {@code AGGREGATE_TOP_SOURCES}
 * @param articlesPerSource article ids shown per origin
 * @param relayersPerSource relayer names shown per origin
 * @param statusArticles article ids shown per claim
 * @param textChars maximum characters of the claim text and of a quote
 * @param nameChars maximum characters of a display name
 * @param sourceIdChars character budget of one origin's article ids (and, separately, of its URLs)
 * @param statusIdChars character budget of the claim's article ids
 * @param historyIdChars maximum characters of the article id on a history point
 */
public record StatusBounds(int topSources, int articlesPerSource, int relayersPerSource, int statusArticles,
    int textChars, int nameChars, int sourceIdChars, int statusIdChars, int historyIdChars) {

  public static final StatusBounds DEFAULTS = new StatusBounds(20, 5, 5, 20, 300, 200, 600, 2_000, 200);

  public StatusBounds {
    for (int value : new int[] {topSources, articlesPerSource, relayersPerSource, statusArticles, textChars, nameChars,
        sourceIdChars, statusIdChars, historyIdChars}) {
      if (value < 1 || value > 10_000) {
        throw new IllegalArgumentException("status bounds must be in [1, 10000], was " + value);
      }
    }
  }

  /** The same bounds listing {@code n} sources. */
  public StatusBounds withTopSources(int n) {
    return new StatusBounds(n, articlesPerSource, relayersPerSource, statusArticles, textChars, nameChars,
        sourceIdChars, statusIdChars, historyIdChars);
  }

  /** {@code text} cut to {@code max} characters (never splitting a surrogate pair); null stays null. */
  public static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  /** The longest prefix of {@code sorted} whose characters sum to at most {@code budget}. */
  public static List<String> withinBudget(List<String> sorted, int budget) {
    List<String> out = new ArrayList<>(sorted.size());
    int used = 0;
    for (String item : sorted) {
      used += item.length();
      if (used > budget) {
        break;
      }
      out.add(item);
    }
    return List.copyOf(out);
  }
}
