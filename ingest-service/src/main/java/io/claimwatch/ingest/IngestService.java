package io.claimwatch.ingest;

import io.claimwatch.ingest.http.ArticleRoutes;
import io.claimwatch.ingest.http.BearerAuth;
import io.claimwatch.platform.http.ReadinessCheck;
import io.claimwatch.platform.http.ServiceHttp;
import io.claimwatch.platform.metrics.Metrics;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * In-process entry point: {@link #start(IngestConfig)} opens the {@link IngestCore} (state rebuilt before any request
 * is served), then serves HTTP. The returned handle stops HTTP first, then the Kafka clients.
 */
public final class IngestService {

    private IngestService() {
    }

    /** A running ingest-service. */
    public static final class Running implements AutoCloseable {
        private final Javalin http;
        private final IngestCore core;

        private Running(Javalin http, IngestCore core) {
            this.http = http;
            this.core = core;
        }

        /** The bound HTTP port (useful with port 0). */
        public int port() {
            return http.port();
        }

        /** The ingest core, for in-process imports. */
        public IngestCore core() {
            return core;
        }

        @Override
        public void close() {
            http.stop();
            core.close();
        }
    }

    public static Running start(IngestConfig config) {
        PrometheusMeterRegistry meters = Metrics.prometheus("ingest-service");
        IngestCore core = IngestCore.open(config, meters);
        try {
            ArticleRoutes routes = new ArticleRoutes(core.ingestor(), core.parser(), config.authEnabled() ? new BearerAuth(config.apiTokens()) : BearerAuth.disabled(),
                    config.maxRequestBytes(), config.retryAfterSeconds());
            byte[] openApi = openApi();
            Javalin app = ServiceHttp.create("ingest-service", config.http(), meters, javalin -> {
                // Bodies are read as streams under our own limit (RequestBody); Javalin's check is only a backstop.
                javalin.http.maxRequestSize = Math.max(config.maxRequestBytes(), 1L << 20) * 2;
                javalin.routes.before("/articles", routes::authorize);
                javalin.routes.before("/articles/*", routes::authorize);
                javalin.routes.post("/articles", routes::post);
                javalin.routes.get("/articles", routes::get);
                javalin.routes.delete("/articles", routes::delete);
                javalin.routes.get("/articles/<id>", routes::get);
                javalin.routes.delete("/articles/<id>", routes::delete);
                javalin.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            }, brokerCheck(core), registryCheck(core));
            ServiceHttp.start(app, config.http(), config.httpPort());
            return new Running(app, core);
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
    }

    private static ReadinessCheck brokerCheck(IngestCore core) {
        return ReadinessCheck.of("broker", () -> {
            try {
                core.admin().describeCluster().nodes().get(2, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static ReadinessCheck registryCheck(IngestCore core) {
        return ReadinessCheck.of("registry", () -> core.registry().isReachable());
    }

    private static byte[] openApi() {
        try (InputStream in = IngestService.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
