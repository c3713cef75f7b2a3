package io.claimwatch.platform.streams;

/**
 * Backoff between stream-thread replacements during a registry outage: 1 s, doubling to 30 s; a failure more than
 * five minutes after the previous one starts again at 1 s. One instance per Kafka Streams client (no static state).
 */
final class RegistryOutageBackoff {
    static final long FIRST_MILLIS = 1_000;
    static final long MAX_MILLIS = 30_000;
    private static final long RESET_AFTER_MILLIS = 300_000;

    private long nextMillis = FIRST_MILLIS;
    private long lastFailure;

    synchronized long next() {
        long now = System.currentTimeMillis();
        if (now - lastFailure > RESET_AFTER_MILLIS) {
            nextMillis = FIRST_MILLIS;
        }
        lastFailure = now;
        long wait = nextMillis;
        nextMillis = Math.min(MAX_MILLIS, nextMillis * 2);
        return wait;
    }

    void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
