package io.claimwatch.aggregate;

import static io.claimwatch.aggregate.score.Facts.fact;
import static io.claimwatch.aggregate.score.Facts.retract;
import static io.claimwatch.aggregate.score.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.aggregate.score.StatusBounds;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.testing.FreePorts;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two aggregate-service instances on the real broker and registry, sharing a 3-partition evidence topic. */
@ExtendWith(KafkaStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregateTwoInstancesIT {

  private static final int PARTITIONS = 3;
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final Source POST = source("the washington post", SourceType.PUBLICATION);
  private static final Source KREMLIN = source("kremlin", SourceType.ORGANIZATION);

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private AggregateService.Running first;
  private AggregateService.Running second;
  private KafkaProducer<String, ClaimEvidence> producer;

  @BeforeAll
  void startTwoInstances(KafkaStack stack, @TempDir Path stateDirs) {
    stack.kafka().createTopics(Topics.specs(PARTITIONS));
    String applicationId = "aggregate-it-" + UUID.randomUUID();
    first = AggregateService.start(config(stack, applicationId, stateDirs.resolve("first")), stack.registryClient());
    second = AggregateService.start(config(stack, applicationId, stateDirs.resolve("second")), stack.registryClient());
    await().atMost(WAIT).untilAsserted(() -> {
      for (AggregateService.Running instance : List.of(first, second)) {
        assertThat(get(instance, "/health/ready").statusCode()).isEqualTo(200);
        JsonNode instances = json.readTree(get(instance, "/instances").body());
        assertThat(instances).hasSize(2);
        instances.forEach(i -> assertThat(i.get("partitions")).isNotEmpty());
      }
    });
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(props, new StringSerializer(),
        AvroSerdes.forValues(stack.registryClient(), ClaimEvidence.class).serializer());
  }

  @AfterAll
  void stop() {
    if (producer != null) {
      producer.close();
    }
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
  }

  @Test
  void shouldServeEveryClaimThroughEitherInstanceWhenClaimsSpreadOverAllPartitions() throws Exception {
    List<String> claims = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String claimId = "spread-" + i;
      claims.add(claimId);
      send(fact("a" + i, POST, Stance.CONFIRMS, i).setClaimId(claimId).build());
      send(fact("b" + i, KREMLIN, Stance.DENIES, i + 1).setClaimId(claimId).setParty(true).build());
    }
    producer.flush();

    await().atMost(WAIT).untilAsserted(() -> {
      for (String claimId : claims) {
        for (AggregateService.Running instance : List.of(first, second)) {
          HttpResponse<String> response = get(instance, "/claims/" + claimId);
          assertThat(response.statusCode()).as("%s via %d", claimId, instance.port()).isEqualTo(200);
          JsonNode detail = json.readTree(response.body());
          assertThat(detail.get("verdict").asText()).isEqualTo("DISPUTED");
          assertThat(detail.get("counts").get("evidence").asInt()).isEqualTo(2);
          assertThat(detail.get("evidence")).hasSize(2);
          assertThat(detail.get("history")).isNotEmpty();
        }
      }
    });
    for (AggregateService.Running instance : List.of(first, second)) {
      JsonNode page = json.readTree(get(instance, "/claims?q=spread-&sort=score&order=asc&limit=5&offset=10").body());
      assertThat(page.get("total").asInt()).isEqualTo(claims.size());
      assertThat(page.get("items")).hasSize(2);
      assertThat(page.get("limit").asInt()).isEqualTo(5);
    }
    assertThat(ownersOf(claims)).hasSize(2);
  }

  @Test
  void shouldAnswerNotFoundJsonThroughEitherInstanceWhenTheClaimIsUnknown() throws Exception {
    for (int i = 0; i < 6; i++) {
      for (AggregateService.Running instance : List.of(first, second)) {
        HttpResponse<String> response = get(instance, "/claims/never-seen-" + i);
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("not_found");
        assertThat(body.get("field").asText()).isEqualTo("id");
      }
    }
    HttpResponse<String> bad = get(first, "/claims?verdict=MAYBE");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("field").asText()).isEqualTo("verdict");
  }

  @Test
  void shouldStreamTheChangeAndThenRemoveTheClaimWhenEvidenceIsUpdatedAndRetracted() throws Exception {
    String claimId = "live-" + UUID.randomUUID();
    ClaimEvidence confirm = fact("l1", POST, Stance.CONFIRMS, 1).setClaimId(claimId).build();
    send(confirm);
    producer.flush();
    await().atMost(WAIT).until(() -> get(second, "/claims/" + claimId).statusCode() == 200);

    Queue<String> events = new ConcurrentLinkedQueue<>();
    List<HttpResponse<Stream<String>>> streams = new ArrayList<>();
    for (AggregateService.Running instance : List.of(first, second)) {
      HttpResponse<Stream<String>> response = http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + "/claims/stream?claimId=" + claimId))
              .header("Accept", "text/event-stream").GET().build(),
          HttpResponse.BodyHandlers.ofLines());
      assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("text/event-stream"));
      streams.add(response);
      Thread.ofVirtual().start(() -> response.body().forEach(events::add));
    }
    try {
      ClaimEvidence deny = fact("l2", KREMLIN, Stance.DENIES, 2).setClaimId(claimId).setParty(true).build();
      send(deny);
      producer.flush();
      await().atMost(WAIT).untilAsserted(() -> assertThat(events).anySatisfy(line ->
          assertThat(line).startsWith("data:").contains(claimId).contains("\"denying\":1")));
      assertThat(events).contains("event: status");

      send(retract(confirm, 2));
      send(retract(deny, 2));
      producer.flush();
      await().atMost(WAIT).untilAsserted(() -> {
        assertThat(get(first, "/claims/" + claimId).statusCode()).isEqualTo(404);
        assertThat(get(second, "/claims/" + claimId).statusCode()).isEqualTo(404);
        assertThat(events).contains("event: removed");
      });
    } finally {
      streams.forEach(s -> s.body().close());
    }
  }

  @Test
  void shouldExposeStreamsMetricsClaimGaugesAndOpenApiWhenRunning() throws Exception {
    for (int i = 0; i < 20; i++) {
      Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
      send(fact("m" + i, POST, Stance.CONFIRMS, 1).setClaimId("metrics-claim-" + i).setEventTime(now)
          .setIngestedAt(now).build());
    }
    producer.flush();
    await().atMost(WAIT).until(() -> get(first, "/claims/metrics-claim-19").statusCode() == 200);

    await().atMost(WAIT).untilAsserted(() -> {
      String metrics = get(first, "/metrics").body() + get(second, "/metrics").body();
      assertThat(metrics).contains("kafka_stream_").contains("claimwatch_claims{")
          .contains("claimwatch_status_update_latency_seconds_count");
    });
    String metrics = get(first, "/metrics").body() + get(second, "/metrics").body();
    metrics.lines().filter(l -> l.startsWith("claimwatch_status_update_latency_seconds{")
            || l.startsWith("claimwatch_status_update_latency_seconds_max")
            || l.startsWith("claimwatch_status_update_latency_seconds_count"))
        .forEach(l -> System.out.println("measured: " + l));
    JsonNode openApi = json.readTree(get(second, "/openapi.json").body());
    assertThat(openApi.get("paths").has("/claims/{id}")).isTrue();
  }

  private Set<String> ownersOf(List<String> claims) throws Exception {
    Map<String, Integer> partitionOwner = new java.util.HashMap<>();
    JsonNode instances = json.readTree(get(first, "/instances").body());
    for (JsonNode instance : instances) {
      instance.get("partitions").forEach(p -> partitionOwner.put(p.asText(), instance.get("port").asInt()));
    }
    assertThat(partitionOwner.keySet()).containsAll(
        List.of(Topics.CLAIMS_EVIDENCE + "-0", Topics.CLAIMS_EVIDENCE + "-1", Topics.CLAIMS_EVIDENCE + "-2"));
    Set<String> owners = new HashSet<>();
    for (int partition = 0; partition < PARTITIONS; partition++) {
      owners.add(String.valueOf(partitionOwner.get(Topics.CLAIMS_EVIDENCE + "-" + partition)));
    }
    return owners;
  }

  private void send(ClaimEvidence evidence) {
    producer.send(new ProducerRecord<>(Topics.CLAIMS_EVIDENCE, evidence.getClaimId(), evidence));
  }

  private AggregateConfig config(KafkaStack stack, String applicationId, Path stateDir) {
    int port = FreePorts.next();
    return new AggregateConfig(port, new HostInfo("localhost", port), applicationId, stack.bootstrapServers(),
        stack.registryUrl(), stateDir, new Properties(), ScoringConfig.DEFAULTS, StatusBounds.DEFAULTS, Duration.ofSeconds(20),
        Duration.ofSeconds(5));
  }

  private HttpResponse<String> get(AggregateService.Running instance, String path)
      throws IOException, InterruptedException {
    return http.send(request(instance, path), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(AggregateService.Running instance, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + path))
        .timeout(Duration.ofSeconds(10)).GET().build();
  }
}
