package io.claimwatch.extraction.embed;

import java.util.List;

/**
 * The text unit a claim mention stands in, for {@link MentionVectors}: the whole title line for a mention that
 * starts in the title (a headline is read as one unit even where it holds a question and a statement, "X dead?
 * Fans mourn"), otherwise the sentence holding the mention's start. Offsets are into the article text (title line,
 * a newline, the body).
 */
public final class MentionContext {
  /** A sentence's offsets and text. */
  public record Sentence(String text, int start, int end) {
  }

  private MentionContext() {
  }

  /** The context of a mention starting at {@code start}; null when no sentence holds it. */
  public static String of(int start, String title, List<Sentence> sentences) {
    if (title != null && start < title.length()) return title;
    for (Sentence s : sentences) {
      if (s.start() <= start && start < s.end()) return s.text();
    }
    return null;
  }
}
