package io.claimwatch.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.aggregate.score.SizeBounds;
import io.claimwatch.aggregate.score.StatusBounds;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.testing.FreePorts;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimMerge;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.MentionAssignment;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single story of {@code aggregate.story.articles} articles (default 20,000) on the real broker and registry:
 * mention assignments and two evidence facts per article written straight to the topics, all on one claim. The
 * aggregate stays RUNNING throughout, the final status counts every fact and stays under its documented bound, the
 * article list pages through completely, a merged claim id redirects, and bad records land in the two dead-letter
 * topics.
 */
@ExtendWith(KafkaStackExtension.class)
class AggregateStoryIT {

  private static final int ARTICLES = Integer.getInteger("aggregate.story.articles", 20_000);
  private static final String CLAIM = "story-harbour";
  private static final Instant T0 = Instant.parse("2026-05-04T06:00:00Z");

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldStayRunningAndCountEveryFactWhenOneStoryCarriesThousandsOfArticles(KafkaStack stack,
      @TempDir Path stateDir) throws Exception {
    stack.kafka().createTopics(Topics.specs(3));
    int port = FreePorts.next();
    AggregateConfig config = new AggregateConfig(port, new HostInfo("localhost", port), "aggregate-story-"
        + UUID.randomUUID(), stack.bootstrapServers(), stack.registryUrl(), stateDir, new Properties(),
        ScoringConfig.DEFAULTS, StatusBounds.DEFAULTS, Duration.ofSeconds(20), Duration.ofSeconds(5));
    Set<KafkaStreams.State> seen = EnumSet.noneOf(KafkaStreams.State.class);
    try (AggregateService.Running aggregate = AggregateService.start(config, stack.registryClient())) {
      await().atMost(Duration.ofSeconds(60)).until(() -> aggregate.state() == KafkaStreams.State.RUNNING);
      long started = System.nanoTime();
      produceStory(stack);
      await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
        seen.add(aggregate.state());
        HttpResponse<String> response = get(port, "/claims/" + CLAIM);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("counts").get("evidence").asInt()).isEqualTo(2 * ARTICLES);
      });
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("AggregateStoryIT: %d articles, %d facts on one claim in %.1f s (%.0f facts/s)%n", ARTICLES,
          2 * ARTICLES, seconds, 2 * ARTICLES / seconds);
      assertThat(seen).containsOnly(KafkaStreams.State.RUNNING);

      assertThat(pageThroughArticles(port)).isEqualTo(ARTICLES);
      JsonNode evidence = json.readTree(get(port, "/claims/" + CLAIM + "/evidence?limit=50").body());
      assertThat(evidence.get("items")).hasSize(50);
      assertThat(evidence.get("nextCursor").asText()).isNotBlank();

      sendMerge(stack);
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        HttpResponse<String> redirect = get(port, "/claims/story-old");
        assertThat(redirect.statusCode()).isEqualTo(308);
        assertThat(redirect.headers().firstValue("Location")).contains("/claims/" + CLAIM);
      });
      assertThat(aggregate.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }
    assertStatusUnderBound(stack);
    assertDeadLetters(stack);
  }

  private void produceStory(KafkaStack stack) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new org.apache.kafka.common
        .serialization.StringSerializer(), new ByteArraySerializer())) {
      var mentions = AvroSerdes.forValues(stack.registryClient(), MentionAssignment.class).serializer();
      var facts = AvroSerdes.forValues(stack.registryClient(), ClaimEvidence.class).serializer();
      producer.send(new ProducerRecord<>(Topics.CLAIMS_EVIDENCE, "garbage", "not avro".getBytes(StandardCharsets.UTF_8)));
      producer.send(new ProducerRecord<>(Topics.CLAIMS_EVIDENCE, "empty", null));
      for (int i = 0; i < ARTICLES; i++) {
        String article = "https://harbour.example/news/" + i;
        String mention = article + "#0";
        Instant at = T0.plusSeconds(i);
        producer.send(new ProducerRecord<>(Topics.CLAIM_MENTIONS, mention, mentions.serialize(Topics.CLAIM_MENTIONS,
            new MentionAssignment(mention, article, CLAIM, 0.9, "The harbour bridge closes for repairs", at))));
        Source outlet = source("outlet-" + i % 250, SourceType.PUBLICATION);
        Source origin = source("origin-" + i % 40, i % 40 < 5 ? SourceType.ORGANIZATION : SourceType.PUBLICATION);
        for (ClaimEvidence fact : List.of(fact(article, mention, outlet, origin, i), fact(article, mention,
            source("official-" + i % 7, SourceType.PERSON), null, i))) {
          producer.send(new ProducerRecord<>(Topics.CLAIMS_EVIDENCE, mention + "|" + fact.getSource().getKey(),
              facts.serialize(Topics.CLAIMS_EVIDENCE, fact)));
        }
      }
      producer.flush();
    }
  }

  private void sendMerge(KafkaStack stack) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    try (KafkaProducer<String, ClaimMerge> producer = new KafkaProducer<>(props,
        new org.apache.kafka.common.serialization.StringSerializer(),
        AvroSerdes.forValues(stack.registryClient(), ClaimMerge.class).serializer())) {
      producer.send(new ProducerRecord<>(Topics.CLAIM_MERGES, "story-old",
          new ClaimMerge("story-old", CLAIM, 0.93, 1, T0))).get();
    }
  }

  private int pageThroughArticles(int port) throws Exception {
    Set<String> ids = new HashSet<>();
    String cursor = null;
    do {
      JsonNode page = json.readTree(get(port, "/claims/" + CLAIM + "/articles?limit=500"
          + (cursor == null ? "" : "&cursor=" + cursor)).body());
      page.get("items").forEach(item -> assertThat(ids.add(item.get("articleId").asText())).isTrue());
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    return ids.size();
  }

  private static void assertStatusUnderBound(KafkaStack stack) {
    List<ConsumerRecord<String, byte[]>> statuses = TopicRecords.readAll(stack.bootstrapServers(),
        Topics.CLAIMS_STATUS, new StringDeserializer(), new ByteArrayDeserializer()).stream()
        .filter(r -> r.value() != null).toList();
    long bound = SizeBounds.status(StatusBounds.DEFAULTS, ScoringConfig.DEFAULTS.historyLimit(),
        SizeBounds.MAX_ID_CHARS);
    assertThat(statuses).isNotEmpty().allSatisfy(r -> assertThat((long) r.value().length).isLessThanOrEqualTo(bound));
    System.out.printf("AggregateStoryIT: %d status records, largest %d bytes (bound %d)%n", statuses.size(),
        statuses.stream().mapToInt(r -> r.value().length).max().orElse(0), bound);
  }

  private static void assertDeadLetters(KafkaStack stack) {
    List<ConsumerRecord<String, byte[]>> raw = TopicRecords.readAll(stack.bootstrapServers(),
        Topics.AGGREGATE_DEAD_LETTER_RAW, new StringDeserializer(), new ByteArrayDeserializer());
    assertThat(raw).anySatisfy(r -> {
      assertThat(r.key()).isEqualTo("garbage");
      assertThat(new String(r.headers().lastHeader("dead-letter.reason").value(), StandardCharsets.UTF_8))
          .isEqualTo("deserialization");
      assertThat(r.timestamp()).isPositive();
    });
    List<ConsumerRecord<String, DeadLetter>> avro = TopicRecords.readAll(stack.bootstrapServers(),
        Topics.AGGREGATE_DEAD_LETTER, new StringDeserializer(),
        AvroSerdes.forValues(stack.registryClient(), DeadLetter.class).deserializer());
    assertThat(avro).anySatisfy(r -> assertThat(r.value().getReason()).isEqualTo("invalid"));
  }

  private static ClaimEvidence fact(String article, String mention, Source source, Source origin, int i) {
    Stance stance = i % 5 == 0 ? Stance.DENIES : i % 3 == 0 ? Stance.REPORTS : Stance.CONFIRMS;
    return ClaimEvidence.newBuilder()
        .setClaimId(mention)
        .setMentionId(mention)
        .setArticleId(article)
        .setArticleVersion(1)
        .setOp(EvidenceOp.UPSERT)
        .setSource(source)
        .setOrigin(origin)
        .setStance(stance)
        .setClaimText("The harbour bridge closes for repairs")
        .setQuote("Report " + i + " by " + source.getName())
        .setArticleUrl(article)
        .setEventTime(T0.plusSeconds(i))
        .setIngestedAt(T0.plusSeconds(i + 1))
        .build();
  }

  private static Source source(String key, SourceType type) {
    return Source.newBuilder().setKey(key).setName(key.replace('-', ' ')).setType(type).build();
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
