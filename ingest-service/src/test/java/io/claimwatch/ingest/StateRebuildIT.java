package io.claimwatch.ingest;

import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest rebuilds its per-id state from {@code news.articles.raw} at start; records there that cannot be decoded
 * (wrong magic byte, unknown schema id, corrupt Avro after a valid header) are skipped with a WARN, so the service
 * still starts, knows the good ids' versions, and serves their bodies read back from the topic.
 */
@ExtendWith(KafkaStackExtension.class)
class StateRebuildIT {

    @Test
    void shouldStartAndKeepVersionsWhenRawTopicHoldsUndecodableRecords(KafkaStack stack) throws Exception {
        String url = "https://example.org/rebuild/" + UUID.randomUUID();
        String article = "{\"url\": \"" + url + "\", \"title\": \"Harbour reopens\", \"body\": \"The harbour reopened on Friday, officials said.\"}";
        try (IngestService.Running first = IngestService.start(TestConfigs.forStack(stack, List.of()))) {
            assertThat(new IngestHttp(first.port(), null).postJson(article).status()).isEqualTo(201);
        }
        int unknownId = 987_654;
        List<byte[]> poison = List.of(new byte[] {7, 7, 7}, ByteBuffer.allocate(9).put((byte) 0).putInt(unknownId).putInt(1).array(),
                corruptAfterValidHeader(stack));
        try (KafkaProducer<String, byte[]> producer = producer(stack)) {
            for (byte[] value : poison) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, "poison-" + UUID.randomUUID(), value)).get();
            }
        }

        try (IngestService.Running second = IngestService.start(TestConfigs.forStack(stack, List.of()))) {
            IngestHttp http = new IngestHttp(second.port(), null);
            assertThat(http.get("/health/ready").status()).isEqualTo(200);
            IngestHttp.Reply again = http.postJson(article);
            assertThat(again.status()).as(again.text()).isEqualTo(200);
            assertThat(again.json().get("version").asInt()).isEqualTo(1);
            IngestHttp.Reply read = http.getArticle(url);
            assertThat(read.status()).as(read.text()).isEqualTo(200);
            assertThat(read.json().get("body").asText()).isEqualTo("The harbour reopened on Friday, officials said.");
            IngestHttp.Reply changed = http.postJson(article.replace("Friday", "Saturday"));
            assertThat(changed.json().get("version").asInt()).isEqualTo(2);
        }
    }

    /** A header naming the registered Article schema, then bytes that are not an Article. */
    private static byte[] corruptAfterValidHeader(KafkaStack stack) {
        int id = stack.registryClient().register(Topics.ARTICLES_RAW + "-value", io.claimwatch.schemas.Article.getClassSchema());
        return ByteBuffer.allocate(9).put((byte) 0).putInt(id).putInt(-1).array();
    }

    private static KafkaProducer<String, byte[]> producer(KafkaStack stack) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }
}
