package io.claimwatch.enrich.extract.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.enrich.extract.ArticleAnalysis;
import io.claimwatch.enrich.extract.ArticleAnalyzer;
import io.claimwatch.enrich.extract.ArticleInput;
import io.claimwatch.enrich.extract.FoundAttribution;
import io.claimwatch.enrich.extract.FoundClaim;
import io.claimwatch.enrich.extract.FoundSource;
import io.claimwatch.enrich.extract.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The library side of {@code claimwatch analyze PATH...}: each article of each file (directories are walked, files
 * sorted) becomes one JSON line {@code {input, id, publisher, claims, attributions}}; every attribution has
 * {@code source}, {@code cue} and {@code content} as {@code {text, start, end}} (offsets into title + "\n" + body),
 * {@code stance}, {@code claimId}, plus the normalized source ({@code sourceKey}, {@code sourceName},
 * {@code sourceType}, {@code affiliation}), {@code origin}, {@code confidence} and {@code party}. An attribution of the
 * article's own voice (an unattributed lead statement) has empty source and cue spans at the content's start.
 */
public final class AnalyzeCommandSupport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ArticleAnalyzer analyzer;

  public AnalyzeCommandSupport(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  public static AnalyzeCommandSupport fromResources() {
    return new AnalyzeCommandSupport(ArticleAnalyzer.fromResources());
  }

  /**
   * Analyzes every article under the paths, handing one JSON line per article to {@code out}.
   *
   * @throws IllegalArgumentException for a missing path or an unusable file (message names the file)
   */
  public void analyze(List<Path> paths, String publisherOption, String urlOption, Consumer<String> out) throws IOException {
    for (Path file : files(paths)) {
      for (ArticleInput article : ArticleFiles.read(file, publisherOption, urlOption)) {
        out.accept(toJsonLine(file.toString(), article, analyzer.analyze(article)));
      }
    }
  }

  /** Convenience for tests and callers that want the lines. */
  public List<String> analyze(List<Path> paths, String publisherOption, String urlOption) throws IOException {
    List<String> lines = new ArrayList<>();
    analyze(paths, publisherOption, urlOption, lines::add);
    return lines;
  }

  private static List<Path> files(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          out.addAll(s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList());
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new IllegalArgumentException(p + ": no such file or directory");
      }
    }
    return out;
  }

  public String toJsonLine(String input, ArticleInput article, ArticleAnalysis analysis) {
    ObjectNode root = JSON.createObjectNode();
    root.put("input", input);
    root.put("id", article.id());
    root.put("publisher", article.publisher());
    ArrayNode claims = root.putArray("claims");
    for (FoundClaim c : analysis.claims()) {
      ObjectNode n = claims.addObject();
      n.put("claimId", c.claimId());
      n.put("text", c.text());
      n.put("canonical", c.canonical());
      n.put("predicate", c.predicate());
      c.participants().forEach(n.putArray("participants")::add);
      n.set("span", span(c.span()));
    }
    ArrayNode attributions = root.putArray("attributions");
    for (FoundAttribution a : analysis.attributions()) {
      ObjectNode n = attributions.addObject();
      TextSpan implicit = new TextSpan("", a.content().start(), a.content().start());
      n.set("source", span(a.sourceSpan() != null ? a.sourceSpan() : implicit));
      n.set("cue", span(a.cue()));
      n.set("content", span(a.content()));
      n.put("stance", a.stance().name());
      n.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
      n.put("claimId", a.claimId());
      n.put("sourceKey", a.source().key());
      n.put("sourceName", a.source().name());
      n.put("sourceType", a.source().type().name());
      n.put("affiliation", a.source().affiliation());
      n.set("origin", origin(a.origin()));
      n.put("party", a.party());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode span(TextSpan s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("text", s.text());
    n.put("start", s.start());
    n.put("end", s.end());
    return n;
  }

  private static ObjectNode origin(FoundSource o) {
    if (o == null) return null;
    ObjectNode n = JSON.createObjectNode();
    n.put("key", o.key());
    n.put("name", o.name());
    n.put("type", o.type().name());
    return n;
  }
}
