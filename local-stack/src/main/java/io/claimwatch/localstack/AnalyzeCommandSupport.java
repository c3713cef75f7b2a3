package io.claimwatch.localstack;

import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.FoundAttribution;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.TextSpan;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON line of {@code claimwatch analyze} for one analyzed article: {@code {input, id, publisher, claims,
 * attributions}}; every attribution has {@code source}, {@code cue} and {@code content} as {@code {text, start, end}}
 * (offsets into title + "\n" + body), {@code stance}, {@code claimId}, plus the normalized source ({@code sourceKey},
 * {@code sourceName}, {@code sourceType}, {@code affiliation}), {@code origin}, {@code confidence} and {@code party}.
 * An attribution of the article's own voice (an unattributed lead statement) has empty source and cue spans at the
 * content's start. {@code questions} lists the title's questions ({@code text}, {@code start}, {@code end}) with
 * {@code asksClaimId}, the claim each asks about or null: a question is no claim and no attribution, so it adds no
 * claim text and no stance. Reading the files is the CLI's job, so ids follow ingest-service's rule.
 */
public final class AnalyzeCommandSupport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnalyzeCommandSupport() {}

  /**
   * The line of one article; {@code claimIds} maps the analysis' per-article claim ids to the claim ids resolved
   * across the run.
   */
  public static String toJsonLine(String input, ArticleInput article, ArticleAnalysis analysis,
                                  UnaryOperator<String> claimIds) {
    return toJsonLine(input, article, analysis, claimIds, List.of(), q -> null);
  }

  /** As above, with the title's {@code questions} and the claim each asks about ({@code askedClaim}, null: none). */
  public static String toJsonLine(String input, ArticleInput article, ArticleAnalysis analysis,
                                  UnaryOperator<String> claimIds, List<TextSpan> questions,
                                  Function<TextSpan, String> askedClaim) {
    ObjectNode root = JSON.createObjectNode();
    root.put("input", input);
    root.put("id", article.id());
    root.put("publisher", article.publisher());
    ArrayNode claims = root.putArray("claims");
    for (FoundClaim c : analysis.claims()) {
      ObjectNode n = claims.addObject();
      n.put("claimId", claimIds.apply(c.claimId()));
      n.put("text", c.text());
      n.put("canonical", c.canonical());
      n.put("predicate", c.predicate());
      c.participants().forEach(n.putArray("participants")::add);
      n.set("span", span(c.span()));
    }
    ArrayNode asked = root.putArray("questions");
    for (TextSpan q : questions) {
      ObjectNode n = span(q);
      n.put("asksClaimId", askedClaim.apply(q));
      asked.add(n);
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
      n.put("claimId", a.claimId() == null ? null : claimIds.apply(a.claimId()));
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
