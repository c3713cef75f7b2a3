package io.claimwatch.ingest.importer;

import io.claimwatch.ingest.IngestConfig;
import io.claimwatch.ingest.IngestCore;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(KafkaStackExtension.class)
class ArticleImportIT {

    private static final Path SEEDS = Path.of(System.getProperty("claimwatch.shared.dir"), "seeds");

    private static EnvConfig env(KafkaStack stack) {
        return EnvConfig.of(Map.of("KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "SCHEMA_REGISTRY_URL", stack.registryUrl(),
                "INGEST_TRANSACTIONAL_ID", "ingest-import-" + UUID.randomUUID(), "INGEST_AUTH", "disabled"));
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(KafkaStack stack, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> env(stack))).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReportFiveAcceptedThenFiveUnchangedWhenImportingSeedsTwice(KafkaStack stack) {
        Run first = cli(stack, "--publisher", "Seed wire", "--published-at", "2024-11-11T12:00:00Z", SEEDS.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("accepted: 5, unchanged: 0, rejected: 0");

        Run second = cli(stack, SEEDS.toString(), "--publisher", "Seed wire", "--published-at", "2024-11-11T12:00:00Z");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("accepted: 0, unchanged: 5, rejected: 0");
    }

    @Test
    void shouldExitNonZeroAndListReasonsWhenFilesAreBad(KafkaStack stack, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "Own headline " + UUID.randomUUID() + "\nA short body written for this test.");
        Files.writeString(dir.resolve("b-empty.txt"), "\n   \n");
        Files.writeString(dir.resolve("c-broken.json"), "{\"title\": ");
        Files.writeString(dir.resolve("d-lines.jsonl"), "{\"title\": \"Line " + UUID.randomUUID() + "\", \"body\": \"x\"}\n{\"title\": 5}\n");
        Files.writeString(dir.resolve("ignored.md"), "not an article");

        Run run = cli(stack, dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("accepted: 2, unchanged: 0, rejected: 3")
                .contains("b-empty.txt: empty_content")
                .contains("c-broken.json: malformed_json")
                .contains("d-lines.jsonl:2: wrong_type (title)");
    }

    @Test
    void shouldUseUrlPrefixAndOrderByPublishedAtWhenAsked(KafkaStack stack, @TempDir Path dir) throws Exception {
        String prefix = "https://example.org/" + UUID.randomUUID().toString().substring(0, 8) + "/";
        Files.writeString(dir.resolve("all.jsonl"), """
                {"title": "Later", "body": "b", "publishedAt": "2024-11-12T00:00:00Z"}
                {"title": "Earlier", "body": "b", "publishedAt": "2024-11-10T00:00:00Z"}
                {"title": "Explicit", "body": "b", "url": "https://example.org/explicit/%s"}
                """.formatted(UUID.randomUUID()));
        IngestConfig config = IngestConfig.from(env(stack));
        try (IngestCore core = IngestCore.open(config, new SimpleMeterRegistry())) {
            ImportSummary summary = new ArticleImporter(core.ingestor(), core.parser()).importPaths(List.of(dir),
                    new ImportOptions(null, prefix, null, true, "test-import"), false);
            assertThat(summary.clean()).isTrue();
            assertThat(summary.ids()).hasSize(3);
            assertThat(summary.ids().get(0)).isEqualTo(prefix + "all/2");
            assertThat(summary.ids().get(1)).isEqualTo(prefix + "all/1");
            assertThat(summary.ids().get(2)).startsWith("https://example.org/explicit/");
            assertThat(core.ingestor().article(prefix + "all/2")).hasValueSatisfying(a ->
                    assertThat(a.getSourceSystem()).isEqualTo("test-import"));
        }
    }

    @Test
    void shouldExitWithUsageErrorWhenPathMissing(KafkaStack stack) {
        Run run = cli(stack, "/nonexistent/" + UUID.randomUUID());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory");
    }
}
