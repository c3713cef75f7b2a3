package io.claimwatch.ingest.validate;

import io.claimwatch.ingest.normalize.ContentHash;
import io.claimwatch.ingest.normalize.TextNormalizer;
import io.claimwatch.ingest.normalize.UrlNormalizer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Checks a submission and produces the normalized article with its identity.
 *
 * <p>Limits: every size is first checked on the text as sent, before any normalization, so the limits bound the
 * work done: the body at most {@code maxBodyBytes} UTF-8 bytes, title, publisher, author, source at most
 * {@link #MAX_RAW_LINE_CHARS} characters as sent and {@link #MAX_LINE_CHARS} once normalized, URL at most
 * {@link #MAX_URL_CHARS}, language and publishedAt at most {@link #MAX_SHORT_CHARS}. {@code publishedAt} is an ISO-8601 instant or date-time with offset
 * ({@code 2024-11-10T18:00:00Z}, {@code 2024-11-10T20:00:00+02:00}) or a date ({@code 2024-11-10}, read as midnight
 * UTC), and may not lie more than {@code maxFutureSkew} after now. After normalization, title and body may not both
 * be empty.
 */
public final class ArticleValidator {

    public static final int MAX_LINE_CHARS = 1_000;
    public static final int MAX_URL_CHARS = 2_048;
    /** Bound on a line field as sent, checked before normalization. */
    public static final int MAX_RAW_LINE_CHARS = 8 * MAX_LINE_CHARS;
    /** Bound on {@code language} and {@code publishedAt} as sent. */
    public static final int MAX_SHORT_CHARS = 100;

    private final long maxBodyBytes;
    private final Duration maxFutureSkew;

    public ArticleValidator(long maxBodyBytes, Duration maxFutureSkew) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxFutureSkew = maxFutureSkew;
    }

    public ValidArticle validate(ArticleSubmission in, Instant now) throws RejectedException {
        checkRawSizes(in);
        String title = TextNormalizer.line(in.title());
        String body = TextNormalizer.body(in.body());
        if (title.isEmpty() && body.isEmpty()) {
            throw new RejectedException(RejectReason.EMPTY_CONTENT, "body", "title and body are both empty");
        }
        checkLength("title", title, MAX_LINE_CHARS);
        String publisher = optionalLine("publisher", in.publisher());
        String author = optionalLine("author", in.author());
        String source = optionalLine("source", in.source());
        String url = normalizedUrl(in.url());
        Instant publishedAt = publishedAt(in.publishedAt(), now);
        String language = language(in.language());
        String hash = ContentHash.of(title, body);
        String id = url != null ? url : ContentHash.ID_PREFIX + hash;
        return new ValidArticle(id, hash, url, publisher, publishedAt, title, body, language, author, source);
    }

    /**
     * Every limit that can be checked on the text as sent, before any normalization: the body's bytes, line fields
     * at most {@link #MAX_RAW_LINE_CHARS} (markup and whitespace may shrink them to the normalized limit), the URL,
     * and the short fields. Normalization work is thereby bounded by the limits whatever was sent.
     */
    private void checkRawSizes(ArticleSubmission in) throws RejectedException {
        if (in.body() != null && in.body().length() > maxBodyBytes / 3) {
            long bytes = utf8Length(in.body());
            if (bytes > maxBodyBytes) {
                throw new RejectedException(RejectReason.BODY_TOO_LARGE, "body",
                        "body is " + bytes + " bytes, the limit is " + maxBodyBytes);
            }
        }
        checkLength("title", in.title(), MAX_RAW_LINE_CHARS);
        checkLength("publisher", in.publisher(), MAX_RAW_LINE_CHARS);
        checkLength("author", in.author(), MAX_RAW_LINE_CHARS);
        checkLength("source", in.source(), MAX_RAW_LINE_CHARS);
        checkLength("url", in.url(), MAX_URL_CHARS);
        checkLength("language", in.language(), MAX_SHORT_CHARS);
        checkLength("publishedAt", in.publishedAt(), MAX_SHORT_CHARS);
    }

    private static String normalizedUrl(String raw) throws RejectedException {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UrlNormalizer.normalize(raw);
        } catch (IllegalArgumentException e) {
            throw new RejectedException(RejectReason.INVALID_URL, "url", e.getMessage());
        }
    }

    private Instant publishedAt(String raw, Instant now) throws RejectedException {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant value = parseInstant(raw.strip());
        if (value.isAfter(now.plus(maxFutureSkew))) {
            throw new RejectedException(RejectReason.PUBLISHED_IN_FUTURE, "publishedAt",
                    "publishedAt " + value + " is more than " + maxFutureSkew + " after now (" + now + ")");
        }
        return value;
    }

    /** Parses the accepted ISO-8601 forms; shared with the importer's {@code --published-at} option. */
    public static Instant parseInstant(String raw) throws RejectedException {
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new RejectedException(RejectReason.INVALID_PUBLISHED_AT, "publishedAt",
                        "publishedAt '" + abbreviate(raw) + "' is not ISO-8601 (e.g. 2024-11-10T18:00:00Z)");
            }
        }
    }

    private static String language(String raw) throws RejectedException {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(raw.strip()).build();
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new RejectedException(RejectReason.INVALID_LANGUAGE, "language",
                    "language '" + abbreviate(raw) + "' is not a BCP-47 tag (e.g. en, en-US)");
        }
    }

    private static String optionalLine(String field, String raw) throws RejectedException {
        if (raw == null) {
            return null;
        }
        String value = TextNormalizer.line(raw);
        checkLength(field, value, MAX_LINE_CHARS);
        return value.isEmpty() ? null : value;
    }

    private static void checkLength(String field, String value, int max) throws RejectedException {
        if (value != null && value.length() > max) {
            throw new RejectedException(RejectReason.FIELD_TOO_LONG, field,
                    field + " has " + value.length() + " characters, the limit is " + max);
        }
    }

    private static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
