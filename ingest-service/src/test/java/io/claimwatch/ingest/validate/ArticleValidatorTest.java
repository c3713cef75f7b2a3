package io.claimwatch.ingest.validate;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ArticleValidatorTest {

    private static final Instant NOW = Instant.parse("2024-11-12T10:00:00Z");
    private final ArticleValidator validator = new ArticleValidator(1_000, Duration.ofHours(24));

    private static ArticleSubmission article(String url, String publishedAt, String title, String body) {
        return new ArticleSubmission(url, "Example Times", publishedAt, title, body, "en", "A. Writer", "cms");
    }

    @Test
    void shouldUseNormalizedUrlAsIdWhenUrlGiven() throws Exception {
        ValidArticle valid = validator.validate(
                article("HTTPS://EXAMPLE.com/a?utm_source=x#f", "2024-11-11T08:00:00+02:00", " Title ", "<p>Body</p>"), NOW);
        assertThat(valid.id()).isEqualTo("https://example.com/a");
        assertThat(valid.url()).isEqualTo("https://example.com/a");
        assertThat(valid.publishedAt()).isEqualTo(Instant.parse("2024-11-11T06:00:00Z"));
        assertThat(valid.title()).isEqualTo("Title");
        assertThat(valid.body()).isEqualTo("Body");
        assertThat(valid.contentHash()).hasSize(64);
    }

    @Test
    void shouldUseContentHashAsIdWhenNoUrl() throws Exception {
        ValidArticle a = validator.validate(article(null, null, "Title", "Same   body"), NOW);
        ValidArticle b = validator.validate(article("  ", null, "Title", " Same body"), NOW);
        assertThat(a.id()).startsWith("sha256:").isEqualTo("sha256:" + a.contentHash()).isEqualTo(b.id());
    }

    @Test
    void shouldAcceptDateOnlyWhenPublishedAtHasNoTime() throws Exception {
        assertThat(validator.validate(article(null, "2024-11-10", "T", "B"), NOW).publishedAt())
                .isEqualTo(Instant.parse("2024-11-10T00:00:00Z"));
    }

    @Test
    void shouldRejectEmptyContentWhenTitleAndBodyBlankAfterNormalization() {
        assertReason(article(null, null, " \u0000 ", "<p> </p>"), RejectReason.EMPTY_CONTENT, "body");
    }

    @Test
    void shouldRejectWhenBodyOverLimit() {
        assertReason(article(null, null, "T", "x".repeat(1_001)), RejectReason.BODY_TOO_LARGE, "body");
    }

    @Test
    void shouldRejectWhenUrlInvalid() {
        assertReason(article("ftp://example.com/x", null, "T", "B"), RejectReason.INVALID_URL, "url");
    }

    @Test
    void shouldRejectWhenPublishedAtNotIso() {
        assertReason(article(null, "11/10/2024", "T", "B"), RejectReason.INVALID_PUBLISHED_AT, "publishedAt");
    }

    @Test
    void shouldRejectWhenPublishedAtFarInFuture() {
        assertReason(article(null, "2024-11-14T10:00:00Z", "T", "B"), RejectReason.PUBLISHED_IN_FUTURE, "publishedAt");
    }

    @Test
    void shouldAcceptWhenPublishedAtWithinSkew() throws Exception {
        assertThat(validator.validate(article(null, "2024-11-13T09:00:00Z", "T", "B"), NOW).publishedAt()).isNotNull();
    }

    @Test
    void shouldRejectWhenLanguageMalformed() {
        ArticleSubmission in = new ArticleSubmission(null, null, null, "T", "B", "english!!", null, null);
        assertReason(in, RejectReason.INVALID_LANGUAGE, "language");
    }

    @Test
    void shouldRejectWhenTitleTooLong() {
        assertReason(article(null, null, "t".repeat(ArticleValidator.MAX_LINE_CHARS + 1), "B"), RejectReason.FIELD_TOO_LONG, "title");
    }

    private void assertReason(ArticleSubmission in, RejectReason reason, String field) {
        RejectedException e = catchThrowableOfType(RejectedException.class, () -> validator.validate(in, NOW));
        assertThat(e).as("expected a rejection").isNotNull();
        assertThat(e.rejection().reason()).isEqualTo(reason);
        assertThat(e.rejection().field()).isEqualTo(field);
        assertThat(e.rejection().message()).isNotBlank();
    }
}
