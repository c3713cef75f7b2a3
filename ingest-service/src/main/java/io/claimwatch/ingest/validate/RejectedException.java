package io.claimwatch.ingest.validate;

/** Thrown by parsing and validation; carries the {@link Rejection} to report. */
public final class RejectedException extends Exception {

    private final transient Rejection rejection;

    public RejectedException(RejectReason reason, String field, String message) {
        super(message, null, false, false);
        this.rejection = Rejection.of(reason, field, message);
    }

    public Rejection rejection() {
        return rejection;
    }
}
