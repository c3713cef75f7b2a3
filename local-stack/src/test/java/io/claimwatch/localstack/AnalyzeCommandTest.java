package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimwatch.ingest.normalize.UrlNormalizer;
import picocli.CommandLine;

/** {@code claimwatch analyze} on files of our own: offsets, ids as ingest makes them, JSON lines, clear errors. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int analyze(Path... paths) {
        CommandLine cli = ClaimWatchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] args = new String[paths.length + 1];
        args[0] = "analyze";
        for (int i = 0; i < paths.length; i++) {
            args[i + 1] = paths[i].toString();
        }
        return cli.execute(args);
    }

    /** The first attribution with a cue (the article's own lead statements have an empty cue). */
    private static JsonNode attributed(JsonNode line) {
        for (JsonNode a : line.get("attributions")) {
            if (!a.get("cue").get("text").asText().isEmpty()) {
                return a;
            }
        }
        throw new AssertionError("no cued attribution in " + line);
    }

    @Test
    void shouldWriteOneJsonLineWithOffsetsIntoFileTextWhenPlainText(@TempDir Path dir) throws Exception {
        String text = "Pier closed after storm\nHarbor master Ivo Berg said the pier was closed on Monday.\n";
        Path file = Files.writeString(dir.resolve("pier.txt"), text);
        assertThat(analyze(file)).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.get("input").asText()).isEqualTo(file.toString());
        assertThat(line.get("id").asText()).startsWith("sha256:");
        JsonNode a = attributed(line);
        for (String field : List.of("source", "cue", "content")) {
            JsonNode span = a.get(field);
            assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
        }
        assertThat(a.get("cue").get("text").asText()).isEqualTo("said");
        assertThat(a.get("stance").asText()).isEqualTo("CONFIRMS");
        assertThat(line.get("claims").findValuesAsText("claimId")).contains(a.get("claimId").asText());
    }

    @Test
    void shouldListTitleQuestionsWithTheClaimTheyAskAboutWhenAnotherInputStatesIt(@TempDir Path dir) throws Exception {
        Path stated = Files.writeString(dir.resolve("a.txt"), "Harbor city sells its old ferry to a maritime museum\n\n");
        Path asked = Files.writeString(dir.resolve("b.txt"), "Did the harbor city sell its old ferry to a museum?\n\n");
        assertThat(analyze(stated, asked)).isZero();
        List<String> lines = out.toString().lines().toList();
        JsonNode claim = JSON.readTree(lines.get(0)).get("claims").get(0);
        JsonNode question = JSON.readTree(lines.get(1));
        assertThat(question.get("claims")).isEmpty();
        assertThat(question.get("questions")).hasSize(1);
        assertThat(question.get("questions").get(0).get("text").asText()).endsWith("museum?");
        assertThat(question.get("questions").get(0).get("asksClaimId").asText()).isEqualTo(claim.get("claimId").asText());
        assertThat(JSON.readTree(lines.get(0)).get("questions")).isEmpty();
    }

    @Test
    void shouldUseIngestsNormalizedUrlAsIdWhenJsonHasUrl(@TempDir Path dir) throws Exception {
        String url = "HTTPS://News.Example.org/pier/#top";
        Path file = Files.writeString(dir.resolve("a.json"), "{\"url\":\"" + url + "\",\"publisher\":\"Harbor Gazette\","
                + "\"publishedAt\":\"2026-01-02T03:04:05Z\",\"title\":\"Pier closed\","
                + "\"body\":\"The port authority denied that the pier was sold.\"}");
        assertThat(analyze(file)).isZero();
        JsonNode line = JSON.readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(line.get("id").asText()).isEqualTo(UrlNormalizer.normalize(url)).startsWith("https://news.example.org/pier");
        assertThat(line.get("publisher").asText()).isEqualTo("Harbor Gazette");
        assertThat(attributed(line).get("stance").asText()).isEqualTo("DENIES");
        assertThat(attributed(line).get("content").get("start").asInt()).isGreaterThan("Pier closed".length());
    }

    @Test
    void shouldWriteALinePerRecordWhenJsonLinesInADirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.jsonl"),
                "{\"title\":\"One\",\"body\":\"Berg said the pier closed.\"}\n{\"title\":\"Two\",\"body\":\"Holm said it reopened.\"}\n");
        assertThat(analyze(dir)).isZero();
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void shouldExitTwoNamingTheFileWhenJsonIsBrokenOrFileEmpty(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("bad.json"), "{\"title\": ");
        assertThat(analyze(broken)).isEqualTo(2);
        assertThat(err.toString()).contains("bad.json").contains("not valid JSON");

        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        assertThat(analyze(empty)).isEqualTo(2);
        assertThat(err.toString()).contains("empty.txt: empty file");
    }
}
