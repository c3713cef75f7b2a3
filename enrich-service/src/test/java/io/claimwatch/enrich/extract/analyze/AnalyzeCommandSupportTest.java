package io.claimwatch.enrich.extract.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandSupportTest {
  private static final AnalyzeCommandSupport SUPPORT = AnalyzeCommandSupport.fromResources();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldWriteOneJsonLineWithOffsetsIntoFileTextWhenPlainText(@TempDir Path dir) throws IOException {
    String text = "Pier closed after storm\nHarbor master Ivo Berg said the pier was closed on Monday.\n";
    Path f = Files.writeString(dir.resolve("pier.txt"), text);
    List<String> lines = SUPPORT.analyze(List.of(f), "Harbor Gazette", null);
    assertThat(lines).hasSize(1);
    JsonNode n = JSON.readTree(lines.get(0));
    assertThat(n.get("input").asText()).isEqualTo(f.toString());
    assertThat(n.get("id").asText()).startsWith("sha256:");
    JsonNode a = attributed(n);
    for (String field : List.of("source", "cue", "content")) {
      JsonNode s = a.get(field);
      assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
    }
    assertThat(a.get("cue").get("text").asText()).isEqualTo("said");
    assertThat(a.get("stance").asText()).isEqualTo("CONFIRMS");
    String claimId = a.get("claimId").asText();
    assertThat(n.get("claims").findValuesAsText("claimId")).contains(claimId);
  }

  /** The first attribution with a cue (the article's own lead statements have an empty cue). */
  private static JsonNode attributed(JsonNode line) {
    for (JsonNode a : line.get("attributions")) if (!a.get("cue").get("text").asText().isEmpty()) return a;
    throw new AssertionError("no cued attribution in " + line);
  }

  @Test
  void shouldUseNormalizedUrlAsIdWhenJsonHasUrl(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("a.json"),
        "{\"url\":\"HTTPS://News.Example.org/pier/#top\",\"publisher\":\"Harbor Gazette\",\"publishedAt\":\"2026-01-02T03:04:05Z\","
            + "\"title\":\"Pier closed\",\"body\":\"The port authority denied that the pier was sold.\"}");
    JsonNode n = JSON.readTree(SUPPORT.analyze(List.of(f), null, null).get(0));
    assertThat(n.get("id").asText()).isEqualTo("https://news.example.org/pier");
    assertThat(n.get("publisher").asText()).isEqualTo("Harbor Gazette");
    assertThat(attributed(n).get("stance").asText()).isEqualTo("DENIES");
    assertThat(attributed(n).get("content").get("start").asInt()).isGreaterThan("Pier closed".length());
  }

  @Test
  void shouldWriteALinePerRecordWhenJsonLines(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("b.jsonl"),
        "{\"title\":\"One\",\"body\":\"Berg said the pier closed.\"}\n{\"title\":\"Two\",\"body\":\"Holm said it reopened.\"}\n");
    assertThat(SUPPORT.analyze(List.of(dir), null, null)).hasSize(2);
  }

  @Test
  void shouldNameTheFileWhenJsonIsBroken(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("bad.json"), "{\"title\": ");
    assertThatThrownBy(() -> SUPPORT.analyze(List.of(f), null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.json");
  }

  @Test
  void shouldFailClearlyWhenPathIsMissing(@TempDir Path dir) {
    assertThatThrownBy(() -> SUPPORT.analyze(List.of(dir.resolve("nope.txt")), null, null))
        .hasMessageContaining("no such file");
  }
}
