package io.claimwatch.platform.serde;

import org.apache.kafka.common.errors.SerializationException;

import io.claimwatch.platform.registry.RegistryUnreachableException;

/**
 * A record could not be (de)serialized only because the schema registry could not be reached: the record itself
 * may be perfectly good, so it must never be dead-lettered. Distinct from a plain {@link SerializationException}
 * (wrong magic byte, unknown schema id, corrupt Avro), which means the record is undecodable. Streams handlers
 * ({@code io.claimwatch.platform.streams}) answer it by failing the task so the thread is replaced after a
 * backoff and the record re-read; ingest answers 503.
 */
public final class RegistryUnavailableException extends SerializationException {

    public RegistryUnavailableException(String message, RegistryUnreachableException cause) {
        super(message, cause);
    }

    /** Whether {@code error} or one of its causes is a registry outage. */
    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RegistryUnavailableException || t instanceof RegistryUnreachableException) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }
}
