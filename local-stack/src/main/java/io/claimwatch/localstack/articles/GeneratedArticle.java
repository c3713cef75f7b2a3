package io.claimwatch.localstack.articles;

import io.claimwatch.extraction.ArticleInput;
import java.time.Instant;

/** One generated article, in the shape the ingest API takes ({@code url, publisher, publishedAt, title, body}). */
public record GeneratedArticle(String url, String publisher, Instant publishedAt, String title, String body) {

  /** Title line, newline, body: the text the extractor analyses, and what the size target refers to. */
  public String text() {
    return title + "\n" + body;
  }

  /** The extractor's view of this article (the id is the URL, as ingest would derive it). */
  public ArticleInput toInput() {
    return new ArticleInput(url, publisher, url, title, body);
  }
}
