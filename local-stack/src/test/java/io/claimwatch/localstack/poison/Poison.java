package io.claimwatch.localstack.poison;

/**
 * One adversarial record written straight to a topic, and what must come of it: a dead letter on the stage's
 * dead-letter topic (with a reason), an enriched record (or enriched tombstone) with its key, either of those, or a
 * claim status (evidence a correct aggregate accepts), or a write the broker itself refuses (a keyless record on a
 * compacted topic).
 */
record Poison(String name, String topic, String key, byte[] value, Expect expect, String outcomeKey) {
    enum Expect { DEAD_LETTER, ENRICHED, ENRICHED_OR_DEAD_LETTER, STATUS, REFUSED_BY_BROKER }

    /** A poison whose outcome is looked up under its record key. */
    Poison(String name, String topic, String key, byte[] value, Expect expect) {
        this(name, topic, key, value, expect, key);
    }
}
