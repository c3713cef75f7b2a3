package io.claimwatch.enrich;

import io.claimwatch.enrich.stream.MentionDeriver;
import io.claimwatch.extraction.embed.CachingEmbedder;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.embed.MentionVectors;
import io.claimwatch.extraction.embed.SentenceEmbedder;

import java.time.Clock;
import java.util.Properties;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.claimwatch.enrich.stream.ArticleExtractor;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import io.claimwatch.platform.http.ReadinessCheck;
import io.claimwatch.platform.http.ServiceHttp;
import io.claimwatch.platform.lifecycle.ShutdownSequence;
import io.claimwatch.platform.metrics.Metrics;
import io.claimwatch.platform.registry.HttpSchemaRegistryClient;
import io.claimwatch.platform.streams.StreamsDefaults;
import io.claimwatch.platform.topics.Topics;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Runs the enrich topology with its health and metrics endpoints. {@link #start} returns once both are
 * started; {@link #close} stops HTTP first, then the streams client (bounded by the configured timeout).
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    public static final String EXTRACTOR_VERSION = "1";

    private final KafkaStreams streams;
    private final Javalin http;
    private final ShutdownSequence shutdown;

    private EnrichService(KafkaStreams streams, Javalin http, ShutdownSequence shutdown) {
        this.streams = streams;
        this.http = http;
        this.shutdown = shutdown;
    }

    public static EnrichService start(EnrichConfig config) {
        return start(config, () -> LOG.error("enrich-service streams client failed"));
    }

    /** Starts the service; {@code onFatalError} runs (once, on its own thread) if the streams client fails. */
    public static EnrichService start(EnrichConfig config, Runnable onFatalError) {
        HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(config.registryUrl());
        ArticleAnalyzer analyzer = config.sourcesFile().map(EnrichService::analyzerWithSources)
                .orElseGet(ArticleAnalyzer::fromResources);
        Properties props = StreamsDefaults.properties(config.applicationId(), config.bootstrapServers(), config.kafka(),
                Topics.ENRICH_DEAD_LETTER_RAW);
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        KafkaStreams streams = new KafkaStreams(
                EnrichTopology.build(registry, ArticleExtractor.of(analyzer), new MentionDeriver(new MentionVectors(embedder(config.claims()),
                        (float) config.claims().contextWeight())),
                        config.claims().resolver(), EXTRACTOR_VERSION, Clock.systemUTC(), config.articleBudget()), props);
        StreamsDefaults.installHandlers(streams);
        streams.setStateListener((newState, oldState) -> {
            if (newState == KafkaStreams.State.ERROR) {
                LOG.error("enrich-service streams client failed ({} -> {})", oldState, newState);
                new Thread(onFatalError, "enrich-fatal-error").start();
            }
        });

        PrometheusMeterRegistry metrics = Metrics.prometheus("enrich-service");
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics);
        Javalin http = ServiceHttp.create("enrich-service", config.http(), metrics, routes -> { },
                ReadinessCheck.of("streams", () -> streams.state() == KafkaStreams.State.RUNNING),
                ReadinessCheck.of("registry", registry::isReachable));

        ShutdownSequence shutdown = new ShutdownSequence("enrich-service")
                .then("http", http::stop)
                .then("streams", () -> streams.close(new KafkaStreams.CloseOptions().timeout(config.closeTimeout())))
                .then("metrics", streamsMetrics);
        streams.start();
        ServiceHttp.start(http, config.http(), config.httpPort());
        LOG.info("enrich-service started: application {} on {}, HTTP port {}", config.applicationId(),
                config.bootstrapServers(), http.port());
        return new EnrichService(streams, http, shutdown);
    }

    private static SentenceEmbedder embedder(EnrichConfig.ClaimResolution claims) {
        SentenceEmbedder model = new OnnxSentenceEmbedder(claims.embeddingThreads());
        return claims.embeddingCacheSize() == 0 ? model : new CachingEmbedder(model, claims.embeddingCacheSize());
    }

    private static ArticleAnalyzer analyzerWithSources(java.nio.file.Path file) {
        try {
            SourceDirectory table = SourceDirectory.fromFile(file);
            LOG.info("enrich-service: {} sources from ENRICH_SOURCES_FILE {}", table.size(), file);
            return ArticleAnalyzer.withSources(table);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("ENRICH_SOURCES_FILE " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    public int httpPort() {
        return http.port();
    }

    public ShutdownSequence shutdown() {
        return shutdown;
    }

    @Override
    public void close() {
        shutdown.close();
    }
}
