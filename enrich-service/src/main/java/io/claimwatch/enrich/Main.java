package io.claimwatch.enrich;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.lifecycle.ParentWatchdog;

/** enrich-service entry point: configuration from the environment, runs until SIGTERM, non-zero exit on failure. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        ParentWatchdog.startFromEnvironment("enrich-service");
        EnrichConfig config;
        EnvConfig env = EnvConfig.fromEnvironment();
        try {
            config = EnrichConfig.from(env);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LOG.info("enrich-service configuration: {}", env.masked(EnrichConfig.VARIABLES));
        // On a fatal streams error, exit non-zero; the JVM shutdown hook below still closes the service.
        EnrichService service = EnrichService.start(config, () -> System.exit(1));
        service.shutdown().onJvmShutdown();
        service.shutdown().awaitShutdown();
    }
}
