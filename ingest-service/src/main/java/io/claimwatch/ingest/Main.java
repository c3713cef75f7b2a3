package io.claimwatch.ingest;

import io.claimwatch.ingest.importer.ImportCommand;
import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.lifecycle.ParentWatchdog;
import io.claimwatch.platform.lifecycle.ShutdownSequence;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * {@code ingest-service [serve]} runs the HTTP service until SIGTERM; {@code ingest-service import PATH...} imports
 * files. Configuration comes from the environment (see {@link IngestConfig}).
 */
@Command(name = "ingest-service", mixinStandardHelpOptions = true, subcommands = {ImportCommand.class},
        description = "ClaimWatch ingest-service: articles in over HTTP and in batches.")
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        ParentWatchdog.startFromEnvironment("ingest-service");
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand("serve", new Serve());
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        return new Serve().call();
    }

    /** Runs the service until shutdown. */
    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API (default).")
    static final class Serve implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            IngestConfig config;
            EnvConfig env = EnvConfig.fromEnvironment();
            try {
                config = IngestConfig.from(env);
            } catch (ConfigException e) {
                System.err.println("ingest-service: " + e.getMessage());
                return 2;
            }
            LoggerFactory.getLogger(Main.class).info("ingest-service configuration: {}", env.masked(IngestConfig.VARIABLES));
            ShutdownSequence shutdown = new ShutdownSequence("ingest-service").onJvmShutdown();
            try {
                shutdown.then("ingest-service", IngestService.start(config));
            } catch (RuntimeException e) {
                System.err.println("ingest-service: cannot start: " + e);
                return 1;
            }
            shutdown.awaitShutdown();
            return 0;
        }
    }
}
