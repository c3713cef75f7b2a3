package io.claimwatch.ingest.validate;

/** One refusal: the reason, the field to blame (or null) and a message a person can act on. */
public record Rejection(RejectReason reason, String field, String message) {

    public static Rejection of(RejectReason reason, String field, String message) {
        return new Rejection(reason, field, message);
    }
}
