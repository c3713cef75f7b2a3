package io.claimwatch.aggregate;

import io.claimwatch.aggregate.http.SseFanout;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.aggregate.score.StatusBounds;
import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.http.HttpSettings;
import io.claimwatch.platform.registry.RegistryUrl;
import io.claimwatch.platform.streams.StreamsDefaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.state.HostInfo;

/**
 * aggregate-service configuration, read from the environment (see {@code docs/aggregate-service.md}):
 * {@code AGGREGATE_PORT} (8080), {@code AGGREGATE_BIND_ADDRESS} (127.0.0.1), {@code AGGREGATE_MANAGEMENT_TOKEN} (none:
 * {@code /metrics}, {@code /internal/...}, {@code /instances} for loopback clients only), {@code AGGREGATE_SSE_MAX_CLIENTS}
 * (100), {@code AGGREGATE_SSE_CLIENT_QUEUE} (256 events), {@code AGGREGATE_APPLICATION_SERVER} (host:port other instances reach this one at;
 * default {@code localhost:<port>}), {@code AGGREGATE_APPLICATION_ID}, {@code AGGREGATE_STATE_DIR} ({@code state/aggregate} under the working directory),
 * {@code KAFKA_BOOTSTRAP_SERVERS}, {@code SCHEMA_REGISTRY_URL} (required), timeouts, the scoring numbers
 * ({@code AGGREGATE_WEIGHT_*}, {@code AGGREGATE_SMOOTHING_K}, ...), {@code AGGREGATE_TOP_SOURCES} (origins listed
 * per status, 20) and every other {@code KAFKA_*} variable passed through to Kafka Streams.
 */
public record AggregateConfig(
    int port,
    HostInfo applicationServer,
    String applicationId,
    String bootstrapServers,
    String registryUrl,
    Path stateDir,
    Properties kafkaOverrides,
    ScoringConfig scoring,
    StatusBounds bounds,
    Duration shutdownTimeout,
    Duration remoteTimeout,
    HttpSettings http,
    SseFanout.Limits sse) {

  /** Default live-update limits: open streams per instance and queued events per stream. */
  public static final SseFanout.Limits DEFAULT_SSE = new SseFanout.Limits(100, 256);

  /** Loopback HTTP, no management token, default live-update limits (tests, embedded use). */
  public AggregateConfig(int port, HostInfo applicationServer, String applicationId, String bootstrapServers,
      String registryUrl, Path stateDir, Properties kafkaOverrides, ScoringConfig scoring, Duration shutdownTimeout,
      Duration remoteTimeout) {
    this(port, applicationServer, applicationId, bootstrapServers, registryUrl, stateDir, kafkaOverrides, scoring,
        StatusBounds.DEFAULTS, shutdownTimeout, remoteTimeout, HttpSettings.LOCAL, DEFAULT_SSE);
  }

  /** The same with explicit status bounds. */
  public AggregateConfig(int port, HostInfo applicationServer, String applicationId, String bootstrapServers,
      String registryUrl, Path stateDir, Properties kafkaOverrides, ScoringConfig scoring, StatusBounds bounds,
      Duration shutdownTimeout, Duration remoteTimeout) {
    this(port, applicationServer, applicationId, bootstrapServers, registryUrl, stateDir, kafkaOverrides, scoring,
        bounds, shutdownTimeout, remoteTimeout, HttpSettings.LOCAL, DEFAULT_SSE);
  }

  /** Every variable this service reads besides the {@code KAFKA_*} pass-through (for start-up logs and checks). */
  public static final java.util.List<String> VARIABLES = java.util.List.of("KAFKA_BOOTSTRAP_SERVERS",
      "SCHEMA_REGISTRY_URL", "AGGREGATE_PORT", "AGGREGATE_APPLICATION_SERVER", "AGGREGATE_APPLICATION_ID",
      "AGGREGATE_STATE_DIR", "AGGREGATE_SHUTDOWN_TIMEOUT", "AGGREGATE_REMOTE_TIMEOUT", "AGGREGATE_WEIGHT_PARTY",
      "AGGREGATE_WEIGHT_NAMED", "AGGREGATE_WEIGHT_PUBLICATION", "AGGREGATE_WEIGHT_ANONYMOUS", "AGGREGATE_WEIGHT_UNKNOWN",
      "AGGREGATE_SMOOTHING_K", "AGGREGATE_DECISIVE_SCORE", "AGGREGATE_MATERIAL_WEIGHT", "AGGREGATE_DISPUTE_RATIO",
      "AGGREGATE_MIN_ORIGINS", "AGGREGATE_HISTORY_LIMIT", "AGGREGATE_BIND_ADDRESS", "AGGREGATE_MANAGEMENT_TOKEN",
      "AGGREGATE_SSE_MAX_CLIENTS", "AGGREGATE_SSE_CLIENT_QUEUE", "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO",
      "AGGREGATE_TOP_SOURCES");

  public static AggregateConfig from(EnvConfig env) {
    int port = env.integer("AGGREGATE_PORT", 8080, 1, 65535);
    Properties kafka = env.kafkaProperties();
    String bootstrap = (String) kafka.remove(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    return new AggregateConfig(
        port,
        hostInfo(env.string("AGGREGATE_APPLICATION_SERVER", "localhost:" + port)),
        env.string("AGGREGATE_APPLICATION_ID", "claimwatch-aggregate"),
        bootstrap == null ? "localhost:9092" : bootstrap,
        RegistryUrl.from(env, env.requiredString("SCHEMA_REGISTRY_URL")),
        Path.of(env.string("AGGREGATE_STATE_DIR",
            StreamsDefaults.defaultStateDir("claimwatch-aggregate").toString())),
        kafka,
        scoring(env),
        StatusBounds.DEFAULTS.withTopSources(env.integer("AGGREGATE_TOP_SOURCES", StatusBounds.DEFAULTS.topSources(),
            1, 200)),
        env.duration("AGGREGATE_SHUTDOWN_TIMEOUT", Duration.ofSeconds(30)),
        env.duration("AGGREGATE_REMOTE_TIMEOUT", Duration.ofSeconds(5)),
        HttpSettings.from(env, "AGGREGATE"),
        new SseFanout.Limits(env.integer("AGGREGATE_SSE_MAX_CLIENTS", DEFAULT_SSE.maxClients(), 1, 100_000),
            env.integer("AGGREGATE_SSE_CLIENT_QUEUE", DEFAULT_SSE.queueCapacity(), 1, 1_000_000)));
  }

  static ScoringConfig scoring(EnvConfig env) {
    ScoringConfig d = ScoringConfig.DEFAULTS;
    try {
      return new ScoringConfig(
          env.decimal("AGGREGATE_WEIGHT_PARTY", d.partyWeight(), 0, 100),
          env.decimal("AGGREGATE_WEIGHT_NAMED", d.namedWeight(), 0, 100),
          env.decimal("AGGREGATE_WEIGHT_PUBLICATION", d.publicationWeight(), 0, 100),
          env.decimal("AGGREGATE_WEIGHT_ANONYMOUS", d.anonymousWeight(), 0, 100),
          env.decimal("AGGREGATE_WEIGHT_UNKNOWN", d.unknownWeight(), 0, 100),
          env.decimal("AGGREGATE_SMOOTHING_K", d.smoothing(), 0.001, 1000),
          env.decimal("AGGREGATE_DECISIVE_SCORE", d.decisiveScore(), 0.001, 1),
          env.decimal("AGGREGATE_MATERIAL_WEIGHT", d.materialWeight(), 0, 100),
          env.decimal("AGGREGATE_DISPUTE_RATIO", d.disputeRatio(), 0, 1),
          env.integer("AGGREGATE_MIN_ORIGINS", d.minOrigins(), 1, 100),
          env.integer("AGGREGATE_HISTORY_LIMIT", d.historyLimit(), 1, 10_000));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("AGGREGATE_*", e.getMessage());
    }
  }

  private static HostInfo hostInfo(String value) {
    int colon = value.lastIndexOf(':');
    try {
      if (colon <= 0) {
        throw new NumberFormatException();
      }
      int port = Integer.parseInt(value.substring(colon + 1));
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return new HostInfo(value.substring(0, colon), port);
    } catch (NumberFormatException e) {
      throw new ConfigException("AGGREGATE_APPLICATION_SERVER", "must be host:port, was '" + value + "'");
    }
  }
}
