package io.claimwatch.extraction;

/** A piece of the article text with its character offsets into {@link ArticleInput#text()} (end exclusive). */
public record TextSpan(String text, int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  /** The span [start, end) of {@code text}. */
  public static TextSpan of(String text, int start, int end) {
    return new TextSpan(text.substring(start, end), start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }
}
