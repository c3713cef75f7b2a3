package io.claimwatch.platform.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The HTTP server every service starts from: Javalin with {@code /health/live}, {@code /health/ready}
 * (503 with the failing checks until all pass), {@code /metrics} (Prometheus text) and JSON bodies for
 * unknown routes and unhandled errors. The service adds its own routes through {@code routes} and starts it with
 * {@link #start(Javalin, HttpSettings, int)} on the configured bind address.
 *
 * <p>Every response carries the {@link SecurityHeaders}; management routes ({@code /metrics}, {@code /internal/...},
 * {@code /instances}) need the management token, or come from loopback when none is set ({@link ManagementGuard}).
 * Health routes stay open for orchestrators' probes.
 */
public final class ServiceHttp {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceHttp.class);

    private ServiceHttp() {
    }

    /** "METHOD path" of a request, or a placeholder when the exchange is no longer readable (e.g. after stop). */
    static String describe(io.javalin.http.Context ctx) {
        try {
            return ctx.method() + " " + ctx.path();
        } catch (RuntimeException e) {
            return "a finished request";
        }
    }

    /** As {@link #create(String, HttpSettings, PrometheusMeterRegistry, java.util.function.Consumer, ReadinessCheck...)} with {@link HttpSettings#LOCAL}. */
    public static Javalin create(String serviceName, PrometheusMeterRegistry metrics,
                                 java.util.function.Consumer<io.javalin.config.JavalinConfig> routes,
                                 ReadinessCheck... checks) {
        return create(serviceName, HttpSettings.LOCAL, metrics, routes, checks);
    }

    public static Javalin create(String serviceName, HttpSettings settings, PrometheusMeterRegistry metrics,
                                 java.util.function.Consumer<io.javalin.config.JavalinConfig> routes,
                                 ReadinessCheck... checks) {
        List<ReadinessCheck> readiness = List.of(checks);
        ManagementGuard guard = new ManagementGuard(settings.managementToken());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(SecurityHeaders::apply);
            for (String path : ManagementGuard.PATHS) {
                config.routes.before(path, guard::check);
            }
            config.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP", "service", serviceName)));
            config.routes.get("/health/ready", ctx -> {
                Map<String, String> results = new LinkedHashMap<>();
                boolean ready = true;
                for (ReadinessCheck check : readiness) {
                    boolean ok = check.isReady();
                    ready &= ok;
                    results.put(check.name(), ok ? "UP" : "DOWN");
                }
                ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                        .json(Map.of("status", ready ? "UP" : "DOWN", "service", serviceName, "checks", results));
            });
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(new ApiError("not_found", null, "no route for " + describe(ctx)));
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unhandled error on {}", describe(ctx), e);
                try {
                    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                            .json(new ApiError("internal_error", null, e.getClass().getSimpleName() + ": " + e.getMessage()));
                } catch (RuntimeException answerFailed) {
                    // The exchange is already gone (client left, server stopping): nothing more to tell anyone.
                    LOG.debug("could not answer {}: {}", describe(ctx), answerFailed.toString());
                }
            });
            routes.accept(config);
        });
    }

    /** Starts the server on the settings' bind address. */
    public static Javalin start(Javalin app, HttpSettings settings, int port) {
        return app.start(settings.bindAddress(), port);
    }
}
