package io.claimwatch.ingest.validate;

import java.time.Instant;

/** A validated, normalized article with its identity; ready to be versioned and written. */
public record ValidArticle(String id, String contentHash, String url, String publisher, Instant publishedAt,
                           String title, String body, String language, String author, String source) {
}
