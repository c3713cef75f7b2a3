package io.claimwatch.ingest.validate;

/**
 * Why something sent to ingest-service was refused: the machine-readable code written to
 * {@code news.articles.rejected} and returned as {@code error}, and the HTTP status it maps to.
 */
public enum RejectReason {
    MALFORMED_JSON("malformed_json", 400),
    JSON_TOO_COMPLEX("json_too_complex", 400),
    NOT_AN_OBJECT("not_an_object", 400),
    WRONG_TYPE("wrong_type", 400),
    UNKNOWN_FIELD("unknown_field", 400),
    EMPTY_REQUEST("empty_request", 400),
    EMPTY_BATCH("empty_batch", 400),
    INVALID_UTF8("invalid_utf8", 400),
    EMPTY_CONTENT("empty_content", 422),
    FIELD_TOO_LONG("field_too_long", 422),
    INVALID_URL("invalid_url", 422),
    INVALID_PUBLISHED_AT("invalid_published_at", 422),
    PUBLISHED_IN_FUTURE("published_in_future", 422),
    INVALID_LANGUAGE("invalid_language", 422),
    BODY_TOO_LARGE("body_too_large", 413),
    BATCH_TOO_LARGE("batch_too_large", 413),
    REQUEST_TOO_LARGE("request_too_large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415),
    UNREADABLE_FILE("unreadable_file", 400);

    private final String code;
    private final int httpStatus;

    RejectReason(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
