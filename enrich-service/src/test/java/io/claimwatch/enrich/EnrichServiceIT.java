package io.claimwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.serde.AvroDeserializer;
import io.claimwatch.platform.serde.AvroSerializer;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.MentionAssignment;

/** enrich-service end to end on the real broker and registry: article in, enriched article and evidence out. */
@ExtendWith(KafkaStackExtension.class)
class EnrichServiceIT {

    @Test
    void shouldEnrichArticleAndRetractItsEvidenceWhenTombstoned(KafkaStack stack) throws Exception {
        stack.kafka().createTopics(Topics.specs(3));
        EnrichConfig config = EnrichConfig.from(EnvConfig.of(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "SCHEMA_REGISTRY_URL", stack.registryUrl(),
                "ENRICH_APPLICATION_ID", "enrich-it-" + UUID.randomUUID(),
                "ENRICH_PORT", "0",
                "ENRICH_STATE_DIR", Files.createTempDirectory("enrich-it").toString())));
        Instant published = Instant.parse("2026-06-01T09:00:00Z");
        Article article = Article.newBuilder().setId("https://news.example/riverton").setVersion(1).setContentHash("x")
                .setUrl("https://news.example/riverton").setPublisher("Example Times").setPublishedAt(published)
                .setIngestedAt(published.plusSeconds(30)).setTitle("Riverton mayor resigns, aides say")
                .setBody("The mayor of Riverton resigned on Monday, two aides said. A spokeswoman for the mayor "
                        + "denied that he had resigned.").build();

        try (EnrichService service = EnrichService.start(config);
             KafkaProducer<String, Article> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                     new StringSerializer(), new AvroSerializer<>(stack.registryClient(), false, true))) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, article.getId(), article)).get();

            List<ConsumerRecord<String, EnrichedArticle>> enriched = readUntil(stack, Topics.ARTICLES_ENRICHED,
                    EnrichedArticle.class, 1);
            assertThat(enriched.get(0).key()).isEqualTo(article.getId());
            assertThat(enriched.get(0).value().getTitle()).isEqualTo(article.getTitle());
            long facts = enriched.get(0).value().getAttributions().stream().filter(a -> a.getClaimId() != null)
                    .map(a -> a.getClaimId() + "|" + a.getSource().getKey()).distinct().count();

            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, article.getId(), null)).get();
            List<ConsumerRecord<String, ClaimEvidence>> evidence = readUntil(stack, Topics.CLAIMS_EVIDENCE,
                    ClaimEvidence.class, (int) facts * 2);
            assertThat(evidence).filteredOn(r -> r.value().getOp() == EvidenceOp.RETRACT).hasSize((int) facts);
            assertThat(evidence).allSatisfy(r -> assertThat(r.key())
                    .isEqualTo(r.value().getMentionId() + "|" + r.value().getSource().getKey()));
            List<ConsumerRecord<String, MentionAssignment>> assignments = readUntil(stack, Topics.CLAIM_MENTIONS,
                    MentionAssignment.class, 1);
            assertThat(assignments.get(0).value().getArticleId()).as("the resolver assigned the mentions")
                    .isEqualTo(article.getId());

            HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.httpPort() + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.httpPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("kafka_stream");
        }
    }

    private static <V extends org.apache.avro.specific.SpecificRecord> List<ConsumerRecord<String, V>> readUntil(
            KafkaStack stack, String topic, Class<V> type, int count) {
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new AvroDeserializer<>(stack.registryClient(), type))) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }
}
