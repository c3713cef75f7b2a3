package io.claimwatch.localstack;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import io.claimwatch.localstack.articles.ArticleGenerator;
import io.claimwatch.localstack.articles.GeneratedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimwatch chaos [--articles N] [--kills K]}: replays a generated story twice on fresh stacks, once cleanly
 * (services in this JVM) and once with the services as child JVMs while {@link ChaosMonkey} kill -9s enrich or
 * aggregate K times as articles flow, then compares the two outcomes ({@link RunSummary}: (claim, article) pairs in statuses,
 * evidence facts, committed evidence records, verdict per claim). The last line says {@code identical: yes} (exit 0)
 * or {@code identical: no} (exit 1). Exactly-once v2 is what makes them equal; restarts keep the Streams state.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Kill -9 enrich and aggregate at random while a generated story flows; compare with a clean run.")
final class ChaosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "200", description = "Generated articles (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--kills", defaultValue = "4", description = "kill -9 of enrich or aggregate (default ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--seed", defaultValue = "20261201", description = "Seed of the story and the kill points.")
    long seed;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "Bound on each run's drain (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        if (articles < 10 || articles > 20_000 || kills < 0 || kills > 100) {
            throw new IllegalArgumentException("--articles must be 10..20000 and --kills 0..100");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GeneratedArticle> story = new ArticleGenerator(seed).generate(articles);
        long start = System.nanoTime();
        RunSummary clean;
        err.println("clean run: " + articles + " articles, services in one JVM...");
        err.flush();
        try (LocalStack stack = LocalStack.start(StackPorts.fromBase(0), partitions)) {
            List<String> ids = new StoryFeeder(stack.ports().ingest()).feed(story, Duration.ZERO, () -> { });
            clean = RunSummary.collect(stack.bootstrapServers(), stack.registryUrl(), ids, timeout);
        }
        out.println("clean run: " + clean.describe());
        out.flush();
        err.println("chaos run: " + articles + " articles, services as child JVMs, " + kills + " kill -9...");
        err.flush();
        RunSummary chaos;
        List<String> killed;
        try (LocalStack stack = LocalStack.startWithChildProcesses(StackPorts.fromBase(0), partitions, null)) {
            ChaosMonkey monkey = new ChaosMonkey(stack.supervisor(), stack.ports(), articles, kills, new Random(seed), out);
            Duration window = Duration.ofSeconds(Math.max(10, 6L * kills));
            List<String> ids = new StoryFeeder(stack.ports().ingest()).feed(story, window.dividedBy(articles),
                    monkey::afterArticle);
            chaos = RunSummary.collect(stack.bootstrapServers(), stack.registryUrl(), ids, timeout);
            killed = monkey.kills();
        }
        out.println("chaos run: " + chaos.describe() + " after " + killed.size() + " kill -9");
        boolean identical = clean.equals(chaos);
        if (!identical) {
            describeDifference(clean, chaos, out);
        }
        out.printf("compared in %.1f s%n", (System.nanoTime() - start) / 1e9);
        out.println("identical: " + (identical ? "yes" : "no"));
        out.flush();
        return identical ? 0 : 1;
    }

    private static void describeDifference(RunSummary clean, RunSummary chaos, PrintWriter out) {
        if (clean.articles() != chaos.articles()) {
            out.println("(claim, article) pairs differ: clean " + clean.articles() + ", chaos " + chaos.articles());
        }
        if (clean.evidenceFacts() != chaos.evidenceFacts() || clean.evidenceRecords() != chaos.evidenceRecords()) {
            out.println("evidence differs: facts " + clean.evidenceFacts() + " vs " + chaos.evidenceFacts() + ", records "
                    + clean.evidenceRecords() + " vs " + chaos.evidenceRecords());
        }
        clean.verdicts().forEach((claim, verdict) -> {
            String other = chaos.verdicts().get(claim);
            if (!verdict.equals(other)) {
                out.println("claim \"" + claim + "\": clean " + verdict + ", chaos " + other);
            }
        });
        chaos.verdicts().keySet().stream().filter(c -> !clean.verdicts().containsKey(c))
                .forEach(c -> out.println("claim \"" + c + "\" only in the chaos run"));
    }
}
