package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions of an article's title line ("Was the ferry sold?", "Pier closed for good? Locals doubt it"): title
 * sentences ending in a question mark, with at least {@value #MIN_WORDS} words. A question is never a claim mention
 * (it asserts nothing); {@link OfflineResolution#askedClaimId} only reads which existing claim it asks about.
 */
public final class TitleQuestions {
  private static final int MIN_WORDS = 3;

  private TitleQuestions() {
  }

  /** The question sentences among {@code sentences} that lie in {@code title}, in text order. */
  public static List<TextSpan> of(String title, List<TextSpan> sentences) {
    List<TextSpan> out = new ArrayList<>();
    if (title == null) return out;
    for (TextSpan s : sentences) {
      if (s.end() > title.length()) continue;
      String t = s.text().strip().replaceAll("[\"'’”)\\]\\s]+$", "");
      if (t.endsWith("?") && t.split("\\s+").length >= MIN_WORDS) out.add(s);
    }
    return out;
  }
}
