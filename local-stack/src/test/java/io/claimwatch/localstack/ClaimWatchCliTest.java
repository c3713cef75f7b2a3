package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class ClaimWatchCliTest {
    private static final Path SEEDS = Path.of(System.getProperty("claimwatch.shared.dir", "../../shared"), "seeds");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = ClaimWatchCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void shouldPrintOneLinePerSeedWithOffsetsIntoTheTextAsGivenWhenAnalyzing() throws Exception {
        assertThat(run("analyze", SEEDS.toString())).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        ObjectMapper json = new ObjectMapper();
        int attributions = 0;
        for (String line : lines) {
            JsonNode article = json.readTree(line);
            String text = Files.readString(Path.of(article.get("input").asText()));
            assertThat(article.get("id").asText()).startsWith("sha256:");
            for (JsonNode attribution : article.get("attributions")) {
                attributions++;
                for (String part : List.of("cue", "content", "source")) {
                    JsonNode span = attribution.get(part);
                    if (span != null && !span.isNull()) {
                        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                                .as("%s span in %s", part, article.get("input").asText())
                                .isEqualTo(span.get("text").asText());
                    }
                }
                assertThat(attribution.get("stance").asText()).isIn("CONFIRMS", "DENIES", "REPORTS");
            }
        }
        assertThat(attributions).isGreaterThan(5);
    }

    @Test
    void shouldExitTwoNamingThePathWhenInputIsMissing(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        assertThat(run("analyze", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or directory: " + missing);
    }

    @Test
    void shouldWriteOneStanceLinePerRowInOrderWhenGivenClaimTextCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, """
                claim,text
                "The bridge collapsed","Officials confirm the bridge collapsed, killing two"
                "The bridge collapsed","Bridge collapse report is a hoax, police say"
                "The bridge collapsed","Bridge reportedly collapsed, according to social media posts"
                """);
        assertThat(run("stance", "--input", csv.toString())).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("stance").asText()).isIn("for", "against", "observing");
            assertThat(node.get("confidence").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(json.readTree(lines.get(1)).get("stance").asText()).isEqualTo("against");
    }

    @Test
    void shouldExitTwoNamingThePortAndSuggestingPortBaseWhenPortInUse() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int base = busy.getLocalPort();
            if (base < 1024 || base > 65530) {
                return;
            }
            assertThat(run("up", "--port-base", String.valueOf(base))).isEqualTo(2);
            assertThat(err.toString()).contains("port " + base).contains("--port-base");
        }
    }

    @Test
    void shouldDescribeEveryCommandOfTheContractInHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo", "up", "analyze", "replay", "stance", "eval");
    }
}
