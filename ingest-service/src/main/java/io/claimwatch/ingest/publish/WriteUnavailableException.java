package io.claimwatch.ingest.publish;

/** The broker or the schema registry could not take a write within the configured bound; nothing was committed. */
public final class WriteUnavailableException extends Exception {

    public WriteUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
