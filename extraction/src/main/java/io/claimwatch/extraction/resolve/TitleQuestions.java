package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of an article's title line that assert no claim but are about one: questions ("Was the ferry sold?",
 * "Pier closed for good? Locals doubt it") and title sentences no claim mention was found in, such as a topic title
 * ("The steep cost of the pier plan") or a nominal one the claim-shape filter rejected. Each has at least
 * {@value #MIN_WORDS} words. Such a sentence is never a claim mention; {@link OfflineResolution#askedClaimId} (and the
 * stream's read-only question links) only read which existing claim it is about, so a dashboard can file the article
 * under that claim without counting the title as evidence.
 */
public final class TitleQuestions {
  private static final int MIN_WORDS = 3;

  private TitleQuestions() {
  }

  /**
   * The question sentences among {@code sentences} that lie in {@code title}, and the title sentences that hold none
   * of {@code claimSpans} (the spans of the article's claim mentions), in text order.
   */
  public static List<TextSpan> of(String title, List<TextSpan> sentences, List<TextSpan> claimSpans) {
    List<TextSpan> out = new ArrayList<>();
    if (title == null) return out;
    for (TextSpan s : sentences) {
      if (s.end() > title.length()) continue;
      String t = s.text().strip().replaceAll("[\"'’”)\\]\\s]+$", "");
      if (t.split("\\s+").length < MIN_WORDS) continue;
      if (t.endsWith("?") || claimSpans.stream().noneMatch(c -> c.start() < s.end() && c.end() > s.start())) out.add(s);
    }
    return out;
  }
}
