package io.claimwatch.localstack.poison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.claimwatch.aggregate.AggregateConfig;
import io.claimwatch.aggregate.AggregateService;
import io.claimwatch.enrich.EnrichConfig;
import io.claimwatch.enrich.EnrichService;
import io.claimwatch.ingest.IngestConfig;
import io.claimwatch.ingest.IngestService;
import io.claimwatch.localstack.poison.Poison.Expect;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.serde.AvroDeserializer;
import io.claimwatch.platform.testing.FreePorts;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.testing.TopicReader;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.DeadLetter;

/**
 * The poison corpus ({@link PoisonCorpus}, 70+ records) written straight to {@code news.articles.raw} and
 * {@code news.claims.evidence} of one running pipeline (real broker and registry, the three services in this JVM):
 * every record ends as a dead letter with its reason, or as a correct enrichment or status; every service is still
 * ready afterwards; and an ordinary article posted to ingest after the corpus reaches {@code news.claims.status}.
 */
@ExtendWith(KafkaStackExtension.class)
class PoisonCorpusIT {
    private static final String EXCEPTION_HEADER = "__streams.errors.exception";
    private static final List<AutoCloseable> SERVICES = new ArrayList<>();
    private static final Map<String, Integer> PORTS = new HashMap<>();

    @BeforeAll
    static void startPipeline(KafkaStack stack) throws Exception {
        stack.kafka().createTopics(Topics.specs(3));
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("SCHEMA_REGISTRY_URL", stack.registryUrl());
        env.put("INGEST_AUTH", "disabled");
        env.put("INGEST_PORT", String.valueOf(port("ingest")));
        env.put("ENRICH_PORT", String.valueOf(port("enrich")));
        env.put("ENRICH_APPLICATION_ID", "poison-enrich");
        env.put("ENRICH_STATE_DIR", Files.createTempDirectory("poison-enrich").toString());
        env.put("AGGREGATE_PORT", String.valueOf(port("aggregate")));
        env.put("AGGREGATE_APPLICATION_ID", "poison-aggregate");
        env.put("AGGREGATE_APPLICATION_SERVER", "localhost:" + PORTS.get("aggregate"));
        env.put("AGGREGATE_STATE_DIR", Files.createTempDirectory("poison-aggregate").toString());
        EnvConfig config = EnvConfig.of(env);
        SERVICES.add(AggregateService.start(AggregateConfig.from(config)));
        SERVICES.add(EnrichService.start(EnrichConfig.from(config)));
        SERVICES.add(IngestService.start(IngestConfig.from(config)));
        PORTS.keySet().forEach(PoisonCorpusIT::awaitReady);
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        for (AutoCloseable service : SERVICES.reversed()) {
            service.close();
        }
    }

    @Test
    void shouldDeadLetterOrProcessEveryPoisonRecordAndKeepServingWhenCorpusIsWrittenToTheTopics(KafkaStack stack)
            throws Exception {
        List<Poison> corpus = new PoisonCorpus(stack.registryClient()).build();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (Poison poison : corpus) {
                byte[] key = poison.key() == null ? null : poison.key().getBytes(StandardCharsets.UTF_8);
                try {
                    producer.send(new ProducerRecord<>(poison.topic(), key, poison.value())).get();
                    assertThat(poison.expect()).as(poison.name() + " accepted by the broker").isNotEqualTo(Expect.REFUSED_BY_BROKER);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(poison.expect()).as(poison.name() + " refused: " + e.getCause()).isEqualTo(Expect.REFUSED_BY_BROKER);
                }
            }
        }

        String ordinaryId = postOrdinaryArticle();
        try (TopicReader status = new TopicReader(stack.bootstrapServers(), Topics.CLAIMS_STATUS)) {
            AvroDeserializer<ClaimStatus> statuses = new AvroDeserializer<>(stack.registryClient(), ClaimStatus.class);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(status.catchUp()).filteredOn(r -> r.value() != null)
                            .map(r -> statuses.deserialize(Topics.CLAIMS_STATUS, r.value()).getArticleIds())
                            .anyMatch(ids -> ids.contains(ordinaryId)));
        }

        Outcomes outcomes = Outcomes.read(stack);
        List<String> unmet = new ArrayList<>();
        for (Poison poison : corpus) {
            if (!outcomes.meets(poison)) {
                unmet.add(poison.name() + " (" + poison.expect() + ")");
            }
        }
        assertThat(unmet).as("poison records without their expected outcome").isEmpty();
        assertThat(outcomes.deadLetterReasons()).as("every dead letter says why").allSatisfy(r -> assertThat(r).isNotBlank());
        PORTS.keySet().forEach(PoisonCorpusIT::awaitReady);
    }

    /** What the pipeline wrote for the corpus, by key. */
    private record Outcomes(Map<String, List<String>> deadLetters, List<String> enrichedKeys, List<String> statusKeys,
                            List<String> deadLetterReasons) {
        static Outcomes read(KafkaStack stack) {
            Map<String, List<String>> dead = new HashMap<>();
            List<String> reasons = new ArrayList<>();
            AvroDeserializer<DeadLetter> letters = new AvroDeserializer<>(stack.registryClient(), DeadLetter.class);
            for (String topic : List.of(Topics.ENRICH_DEAD_LETTER, Topics.ENRICH_DEAD_LETTER_RAW,
                    Topics.AGGREGATE_DEAD_LETTER, Topics.AGGREGATE_DEAD_LETTER_RAW)) {
                try (TopicReader reader = new TopicReader(stack.bootstrapServers(), topic)) {
                    for (ConsumerRecord<byte[], byte[]> r : reader.catchUp()) {
                        Header exception = r.headers().lastHeader(EXCEPTION_HEADER);
                        Header raw = r.headers().lastHeader("dead-letter.reason");
                        String reason;
                        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
                        if (raw != null) {
                            Header message = r.headers().lastHeader("dead-letter.message");
                            reason = new String(raw.value(), StandardCharsets.UTF_8) + ": "
                                    + (message == null ? "" : new String(message.value(), StandardCharsets.UTF_8));
                        } else if (exception != null) {
                            reason = new String(exception.value(), StandardCharsets.UTF_8);
                        } else {
                            DeadLetter letter = letters.deserialize(topic, r.value());
                            reason = letter.getReason() + ": " + letter.getException();
                            key = letter.getKey();
                        }
                        reasons.add(reason);
                        dead.computeIfAbsent(key == null ? "<null>" : key, k -> new ArrayList<>()).add(topic + " " + reason);
                    }
                }
            }
            return new Outcomes(dead, keys(stack, Topics.ARTICLES_ENRICHED), keys(stack, Topics.CLAIMS_STATUS), reasons);
        }

        private static List<String> keys(KafkaStack stack, String topic) {
            try (TopicReader reader = new TopicReader(stack.bootstrapServers(), topic)) {
                return reader.catchUp().stream().filter(r -> r.key() != null)
                        .map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
            }
        }

        boolean meets(Poison poison) {
            String key = poison.outcomeKey() == null ? "<null>" : poison.outcomeKey();
            boolean dead = deadLetters.keySet().stream().anyMatch(k -> k.equals(key)
                    || key.length() > 200 && k.startsWith(key.substring(0, 200)));
            return switch (poison.expect()) {
                case DEAD_LETTER -> dead;
                case ENRICHED -> enrichedKeys.contains(key) && !dead;
                case ENRICHED_OR_DEAD_LETTER -> enrichedKeys.contains(key) || dead;
                case STATUS -> !dead && (statusKeys.contains(key) || isRetractOfNothing(poison));
                case REFUSED_BY_BROKER -> true;
            };
        }

        private static boolean isRetractOfNothing(Poison poison) {
            return poison.name().startsWith("RETRACT");
        }
    }

    private static int port(String service) {
        int port = FreePorts.next();
        PORTS.put(service, port);
        return port;
    }

    private static void awaitReady(String service) {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + PORTS.get(service) + "/health/ready");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .as(service + " ready").isEqualTo(200));
    }

    private static String postOrdinaryArticle() throws Exception {
        String json = """
                {"url": "https://poison.example/after-the-corpus", "publisher": "Valley Post",
                 "publishedAt": "2026-11-30T12:00:00Z", "title": "Harbor of Ostrava to close for repairs",
                 "body": "The harbor of Ostrava will close for two weeks of repairs, the port authority said on Monday. Mayor Lena Ortiz confirmed that the harbor would close."}
                """;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + PORTS.get("ingest") + "/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("id").asText();
    }
}
