package io.claimwatch.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.claimwatch.ingest.importer.ArticleImporter;
import io.claimwatch.ingest.importer.ArticleDefaultOptions;
import io.claimwatch.ingest.importer.ImportSummary;
import io.claimwatch.schemas.ClaimStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimwatch replay PATH... [--json]}: runs the full stack on fresh state over the given articles, waits
 * until every article's evidence is reflected in {@code news.claims.status}, prints the statuses and exits 0
 * (3 when some inputs were rejected, after printing what the others produced).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run the full pipeline over articles (files, directories, JSON lines) and print the final claim statuses.")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt: first line title; .json; .jsonl) or directories.")
    List<Path> paths;

    @Option(names = "--json", description = "Print a JSON array of statuses.")
    boolean json;

    @Mixin
    ArticleDefaultOptions defaults;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--timeout", defaultValue = "PT3M", description = "Give up after this long (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        InputPaths.requireReadable(paths);
        defaults.requireValid();
        long start = System.nanoTime();
        try (LocalStack stack = LocalStack.start(StackPorts.fromBase(0), partitions)) {
            ArticleImporter importer = new ArticleImporter(stack.ingest().core().ingestor(), stack.ingest().core().parser());
            ImportSummary summary = importer.importPaths(paths,
                    defaults.toImportOptions(true, "claimwatch-replay"), false);
            if (!summary.clean()) {
                spec.commandLine().getErr().println("some inputs were rejected:\n" + summary.describe());
            }
            Map<String, ClaimStatus> statuses = PipelineDrain.await(stack.bootstrapServers(), stack.registryUrl(),
                    summary.ids(), timeout);
            List<ClaimStatus> ordered = StatusPrinter.ordered(statuses.values());
            java.io.PrintWriter out = spec.commandLine().getOut();
            if (json) {
                StatusPrinter.printJson(ordered, out);
            } else {
                StatusPrinter.printText(ordered, out);
            }
            out.flush();
            spec.commandLine().getErr().printf("replayed %d article(s) into %d claim(s) in %.1f s%n", summary.ids().size(),
                    ordered.size(), (System.nanoTime() - start) / 1e9);
            return summary.clean() ? 0 : 3;
        }
    }
}
