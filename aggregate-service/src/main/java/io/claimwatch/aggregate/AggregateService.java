package io.claimwatch.aggregate;

import io.claimwatch.aggregate.http.ClaimRoutes;
import io.claimwatch.aggregate.http.StatusBroadcaster;
import io.claimwatch.aggregate.query.ClaimQueryService;
import io.claimwatch.aggregate.query.RemoteClaims;
import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.topology.AggregateTopology;
import io.claimwatch.platform.http.ReadinessCheck;
import io.claimwatch.platform.http.ServiceHttp;
import io.claimwatch.platform.lifecycle.ShutdownSequence;
import io.claimwatch.platform.metrics.Metrics;
import io.claimwatch.platform.registry.HttpSchemaRegistryClient;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.streams.StreamsDefaults;
import io.claimwatch.platform.topics.Topics;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires aggregate-service: the topology, the Kafka Streams client, interactive queries, the HTTP API with SSE and
 * static dashboard files, and metrics. {@link #start} returns a running handle; closing it ends the SSE streams and
 * stops HTTP first, then {@code streams.close(timeout)}.
 */
public final class AggregateService {

  static final String SERVICE = "aggregate-service";
  private static final Logger LOG = LoggerFactory.getLogger(AggregateService.class);

  private AggregateService() {}

  public static Running start(AggregateConfig config) {
    return start(config, new HttpSchemaRegistryClient(config.registryUrl()));
  }

  /** Starts with a given registry client (the in-process CLI shares one). */
  public static Running start(AggregateConfig config, SchemaRegistryClient registry) {
    ShutdownSequence shutdown = new ShutdownSequence(SERVICE);
    try {
      PrometheusMeterRegistry metrics = Metrics.prometheus(SERVICE);
      StatusBroadcaster broadcaster = new StatusBroadcaster(config.sse());
      AggregateMetrics claimMetrics = new AggregateMetrics(metrics, Clock.systemUTC());
      Topology topology = AggregateTopology.build(registry, new ClaimScorer(config.scoring(), config.bounds()),
          (claimId, state) -> {
            claimMetrics.onStatus(claimId, state);
            broadcaster.onStatus(claimId, state);
          });
      KafkaStreams streams = new KafkaStreams(topology, streamsProperties(config));
      StreamsDefaults.installHandlers(streams);
      streams.setStateListener((next, previous) -> {
        LOG.info("kafka streams {} -> {}", previous, next);
        if (next == KafkaStreams.State.ERROR) {
          Thread.ofPlatform().name(SERVICE + "-failure-shutdown").start(shutdown::close);
        }
      });
      ClaimQueryService queries = new ClaimQueryService(streams, config.applicationServer());
      claimMetrics.bindClaimGauges(metrics, queries);
      KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
      streamsMetrics.bindTo(metrics);

      ClaimRoutes routes = new ClaimRoutes(queries, new RemoteClaims(config.remoteTimeout(), config.http().managementToken()), broadcaster);
      Javalin http = ServiceHttp.create(SERVICE, config.http(), metrics, javalin -> {
        if (AggregateService.class.getResource("/public") != null) {
          javalin.staticFiles.add("/public", Location.CLASSPATH);
        }
        javalin.staticFiles.enableWebjars();
        routes.register(javalin.routes);
      }, ReadinessCheck.of("kafka-streams", queries::isRunning),
          ReadinessCheck.of("registry", registry::isReachable));

      // Open SSE streams are async requests: end them while Jetty still runs, then stop HTTP, then streams.
      shutdown.then("sse", broadcaster)
          .then("http", http::stop)
          .then("kafka-streams", () -> streams.close(config.shutdownTimeout()))
          .then("metrics", () -> {
            streamsMetrics.close();
            metrics.close();
          });
      streams.start();
      ServiceHttp.start(http, config.http(), config.port());
      LOG.info("{} listening on {} as {} (application.id {})", SERVICE, http.port(), config.applicationServer(),
          config.applicationId());
      return new Running(shutdown, streams, http.port());
    } catch (RuntimeException e) {
      shutdown.close();
      throw e;
    }
  }

  static Properties streamsProperties(AggregateConfig config) {
    Properties props = StreamsDefaults.properties(config.applicationId(), config.bootstrapServers(),
        config.kafkaOverrides(), Topics.AGGREGATE_DEAD_LETTER_RAW);
    props.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG,
        config.applicationServer().host() + ":" + config.applicationServer().port());
    props.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
    return props;
  }

  /** A running aggregate-service; {@link #close()} stops it (HTTP first, then streams). */
  public static final class Running implements AutoCloseable {
    private final ShutdownSequence shutdown;
    private final KafkaStreams streams;
    private final int port;

    Running(ShutdownSequence shutdown, KafkaStreams streams, int port) {
      this.shutdown = shutdown;
      this.streams = streams;
      this.port = port;
    }

    public int port() {
      return port;
    }

    public KafkaStreams.State state() {
      return streams.state();
    }

    public ShutdownSequence shutdown() {
      return shutdown;
    }

    @Override
    public void close() {
      shutdown.close();
    }
  }
}
