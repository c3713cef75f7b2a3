package io.claimwatch.ingest.validate;

/**
 * An article as sent, before validation: every field is the sender's text (or null when absent).
 * {@code bodyBytes} is the UTF-8 size of the body as sent, used for the body limit.
 */
public record ArticleSubmission(String url, String publisher, String publishedAt, String title, String body,
                                String language, String author, String source) {

    public ArticleSubmission withDefaults(String defaultPublisher, String defaultPublishedAt, String defaultSource) {
        return new ArticleSubmission(url, publisher == null ? defaultPublisher : publisher,
                publishedAt == null ? defaultPublishedAt : publishedAt, title, body, language, author,
                source == null ? defaultSource : source);
    }

    public ArticleSubmission withUrl(String newUrl) {
        return new ArticleSubmission(newUrl, publisher, publishedAt, title, body, language, author, source);
    }
}
