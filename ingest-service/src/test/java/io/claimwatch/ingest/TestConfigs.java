package io.claimwatch.ingest;

import io.claimwatch.platform.http.HttpSettings;
import io.claimwatch.platform.testing.KafkaStack;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** Service configuration for tests: random port, small limits so limit tests stay cheap, short write timeout. */
final class TestConfigs {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_REQUEST_BYTES = 256 * 1024;
    static final int MAX_BATCH_ITEMS = 50;
    static final int DEAD_LETTER_PAYLOAD_BYTES = 4096;
    static final int RETRY_AFTER_SECONDS = 7;

    private TestConfigs() {
    }

    static IngestConfig forStack(KafkaStack stack, List<String> tokens) {
        return forStack(stack, tokens, MAX_BODY_BYTES, MAX_REQUEST_BYTES);
    }

    /** With other body and request limits (e.g. the production ones, for record-size tests). */
    static IngestConfig forStack(KafkaStack stack, List<String> tokens, long maxBodyBytes, long maxRequestBytes) {
        return new IngestConfig(stack.bootstrapServers(), stack.registryUrl(), 0, HttpSettings.LOCAL,
                tokens.isEmpty() ? IngestConfig.AuthMode.DISABLED : IngestConfig.AuthMode.TOKENS, tokens, maxBodyBytes,
                maxRequestBytes, MAX_BATCH_ITEMS, Duration.ofHours(24), Duration.ofSeconds(3), RETRY_AFTER_SECONDS,
                DEAD_LETTER_PAYLOAD_BYTES, "ingest-test-" + UUID.randomUUID(), 3, true, new Properties());
    }
}
