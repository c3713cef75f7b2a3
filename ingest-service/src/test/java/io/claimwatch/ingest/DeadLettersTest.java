package io.claimwatch.ingest;

import io.claimwatch.ingest.validate.RejectReason;
import io.claimwatch.ingest.validate.Rejection;
import io.claimwatch.platform.registry.InMemorySchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.RejectedArticle;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLettersTest {

    private static final Instant NOW = Instant.parse("2024-11-12T10:00:00Z");
    private final Serde<RejectedArticle> serde = AvroSerdes.forValues(new InMemorySchemaRegistryClient(), RejectedArticle.class);
    private final DeadLetters deadLetters = new DeadLetters(serde.serializer(), 10);

    private RejectedArticle decode(ProducerRecord<String, byte[]> record) {
        return serde.deserializer().deserialize(record.topic(), record.value());
    }

    @Test
    void shouldKeepWholePayloadWhenUnderBound() throws Exception {
        ProducerRecord<String, byte[]> record = deadLetters.record("k", Rejection.of(RejectReason.INVALID_URL, "url", "bad"),
                "short", "import", NOW);
        RejectedArticle value = decode(record);
        assertThat(record.topic()).isEqualTo(Topics.ARTICLES_REJECTED);
        assertThat(record.key()).isEqualTo("k");
        assertThat(value.getRawPayload()).isEqualTo("short");
        assertThat(value.getPayloadTruncated()).isFalse();
        assertThat(value.getPayloadBytes()).isEqualTo(5);
        assertThat(value.getReason()).isEqualTo("invalid_url");
        assertThat(value.getField()).isEqualTo("url");
        assertThat(value.getChannel()).isEqualTo("import");
        assertThat(value.getRejectedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldCutAtCharacterBoundaryWhenOverBound() throws Exception {
        String payload = "abcdefghi€xyz"; // '€' is 3 bytes and straddles the 10-byte bound
        RejectedArticle value = decode(deadLetters.record(null, Rejection.of(RejectReason.MALFORMED_JSON, null, "m"),
                payload, "http", NOW));
        assertThat(value.getRawPayload()).isEqualTo("abcdefghi");
        assertThat(value.getPayloadTruncated()).isTrue();
        assertThat(value.getPayloadBytes()).isEqualTo(payload.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void shouldReplaceInvalidUtf8WhenPayloadIsNotText() throws Exception {
        byte[] raw = {'a', (byte) 0xC3, (byte) 0x28, 'b'};
        RejectedArticle value = decode(deadLetters.record(null, Rejection.of(RejectReason.INVALID_UTF8, null, "m"),
                raw, raw.length, "http", NOW));
        assertThat(value.getRawPayload()).isEqualTo("a\uFFFD(b");
        assertThat(value.getPayloadTruncated()).isFalse();
    }

    @Test
    void shouldMarkTruncatedWhenOnlyPrefixWasRead() throws Exception {
        RejectedArticle value = decode(deadLetters.record(null, Rejection.of(RejectReason.REQUEST_TOO_LARGE, null, "m"),
                "abc".getBytes(StandardCharsets.UTF_8), 1_000_000, "http", NOW));
        assertThat(value.getPayloadTruncated()).isTrue();
        assertThat(value.getPayloadBytes()).isEqualTo(1_000_000);
    }
}
