package io.claimwatch.ingest.importer;

import io.claimwatch.ingest.IngestConfig;
import io.claimwatch.ingest.IngestCore;
import io.claimwatch.ingest.publish.WriteUnavailableException;
import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.claimwatch.platform.registry.RegistryException;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code ingest-service import PATH...}: imports article files straight into Kafka (same validation, identity and
 * dead letters as HTTP) and prints a summary. Exit codes: 0 all accepted or unchanged, 1 some rejected, 2 bad
 * arguments, 3 broker or registry unavailable (chunks before the failure stay committed; re-running is safe since
 * unchanged articles are not written again).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import .txt (first line title, rest body), .json and .jsonl article files or directories.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to import.")
    List<Path> paths;

    @Mixin
    ArticleDefaultOptions defaults;

    @Option(names = "--order-by-published-at", description = "Send articles oldest first.")
    boolean orderByPublishedAt;

    @Option(names = "--source", defaultValue = "import", description = "Sending system recorded on each article (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--no-progress", description = "Never draw a progress bar.")
    boolean noProgress;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<EnvConfig> env;

    public ImportCommand() {
        this(System.out, System.err, EnvConfig::fromEnvironment);
    }

    /** For embedding (the {@code claimwatch} command) and tests: where to print and where configuration comes from. */
    public ImportCommand(PrintStream out, PrintStream err, Supplier<EnvConfig> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("import: no such file or directory: " + path);
                return 2;
            }
        }
        try {
            defaults.requireValid();
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            return 2;
        }
        IngestConfig config;
        try {
            // A batch import serves no HTTP, so it needs no API tokens unless INGEST_AUTH says otherwise.
            EnvConfig environment = env.get();
            config = IngestConfig.from(environment.find("INGEST_AUTH").isPresent() ? environment
                    : environment.with("INGEST_AUTH", "disabled"));
        } catch (ConfigException e) {
            err.println("import: " + e.getMessage());
            return 2;
        }
        ImportOptions options = defaults.toImportOptions(orderByPublishedAt, source);
        try (IngestCore core = IngestCore.open(config, new SimpleMeterRegistry())) {
            ImportSummary summary = new ArticleImporter(core.ingestor(), core.parser())
                    .importPaths(paths, options, !noProgress && System.console() != null);
            out.println(summary.describe());
            return summary.clean() ? 0 : 1;
        } catch (WriteUnavailableException e) {
            err.println("import: " + e.getMessage());
            return 3;
        } catch (KafkaException | RegistryException | IllegalStateException e) {
            err.println("import: cannot reach the broker or registry: " + e.getMessage());
            return 3;
        }
    }
}
