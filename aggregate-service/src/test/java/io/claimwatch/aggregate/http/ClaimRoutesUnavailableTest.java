package io.claimwatch.aggregate.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.aggregate.query.ClaimQueryService;
import io.claimwatch.aggregate.query.RemoteClaims;
import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.aggregate.topology.AggregateTopology;
import io.claimwatch.aggregate.topology.StatusListener;
import io.claimwatch.platform.http.ReadinessCheck;
import io.claimwatch.platform.http.ServiceHttp;
import io.claimwatch.platform.metrics.Metrics;
import io.claimwatch.platform.registry.InMemorySchemaRegistryClient;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query API of an instance whose streams client has not started: nothing is queryable yet. */
class ClaimRoutesUnavailableTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private KafkaStreams streams;
  private StatusBroadcaster broadcaster;
  private Javalin app;

  @BeforeEach
  void startHttpWithoutStreams(@TempDir Path stateDir) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "routes-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    streams = new KafkaStreams(AggregateTopology.build(new InMemorySchemaRegistryClient(),
        new ClaimScorer(ScoringConfig.DEFAULTS), StatusListener.NONE), props);
    ClaimQueryService queries = new ClaimQueryService(streams, new HostInfo("localhost", 1));
    broadcaster = new StatusBroadcaster(io.claimwatch.aggregate.AggregateConfig.DEFAULT_SSE);
    ClaimRoutes routes = new ClaimRoutes(queries, new RemoteClaims(Duration.ofSeconds(2)), broadcaster);
    app = ServiceHttp.create("aggregate-test", Metrics.prometheus("aggregate-test"),
        config -> routes.register(config.routes), ReadinessCheck.of("kafka-streams", queries::isRunning));
    app.start(0);
  }

  @AfterEach
  void stop() {
    broadcaster.close();
    app.stop();
    streams.close(Duration.ofSeconds(5));
  }

  @Test
  void shouldAnswer503WithRetryAfterWhenTheStreamsClientIsNotRunning() throws Exception {
    for (String path : new String[] {"/claims/some-claim", "/claims", "/internal/claims"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
      JsonNode body = json.readTree(response.body());
      assertThat(body.get("error").asText()).isEqualTo("unavailable");
      assertThat(body.get("message").asText()).contains("CREATED");
    }
    assertThat(get("/health/ready").statusCode()).isEqualTo(503);
  }

  @Test
  void shouldRejectBadListParametersBeforeAskingAnyStoreWhenTheyAreInvalid() throws Exception {
    HttpResponse<String> response = get("/claims?sort=loudest");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("error").asText()).isEqualTo("invalid_parameter");
    assertThat(body.get("field").asText()).isEqualTo("sort");
  }

  @Test
  void shouldServeTheOpenApiDocumentWhenAsked() throws Exception {
    JsonNode doc = json.readTree(get("/openapi.json").body());

    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("components").get("schemas").get("Detail").get("required"))
        .extracting(JsonNode::asText).contains("sources", "history", "evidence", "counts");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
