package io.claimwatch.extraction;

import java.util.Objects;

/**
 * One article as the extractor sees it. Every character offset produced by the extractor points into {@link #text()},
 * which is the title, a newline and the body (the same text as a plain-text article file whose first line is the title).
 */
public record ArticleInput(String id, String publisher, String url, String title, String body) {
  public ArticleInput {
    title = Objects.requireNonNullElse(title, "");
    body = Objects.requireNonNullElse(body, "");
  }

  /** title + "\n" + body — all offsets are into this text. */
  public String text() {
    return title + "\n" + body;
  }
}
