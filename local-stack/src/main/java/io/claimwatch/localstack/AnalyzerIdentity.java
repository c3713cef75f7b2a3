package io.claimwatch.localstack;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.extraction.resolve.OfflineResolution;
import io.claimwatch.extraction.resolve.ResolverSettings;
import io.claimwatch.extraction.resolve.TitleQuestions;
import io.claimwatch.tools.eval.EmergentRow;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claim identity of Emergent headlines through the analyzer path of {@code claimwatch analyze}: each headline is
 * analyzed as an article with an empty body and all of them are resolved in one run, in row order, by the pipeline's
 * resolver; a headline's claim is its first claim's. What a headline without a claim gets is the {@link Questions}
 * policy: the claim its title question asks about ({@code analyze}'s {@code questions}; in the pipeline
 * {@code news.claims.questions}), or, to measure the claims alone, a claim of its own.
 */
final class AnalyzerIdentity {

  /** How a headline without a claim is scored. */
  enum Questions {
    /** A claim of its own: what {@code analyze}'s {@code claims} alone give. */
    OWN_CLAIM,
    /** The claim its first title question asks about (read-only link), else a claim of its own. */
    ASKED_CLAIM
  }

  private final Questions questions;

  AnalyzerIdentity(Questions questions) {
    this.questions = questions;
  }

  /** Headline → claim id, all headlines resolved in one run in row order. */
  Map<String, String> resolve(List<EmergentRow> rows, SentenceEmbedder embedder) {
    ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();
    OfflineResolution resolution = new OfflineResolution(embedder, ResolverSettings.defaults());
    Map<String, Headline> byHeadline = new LinkedHashMap<>();
    for (EmergentRow row : rows) {
      byHeadline.computeIfAbsent(row.articleHeadline(), h -> {
        String id = "headline-" + byHeadline.size();
        ArticleAnalysis analysis = analyzer.analyze(new ArticleInput(id, null, null, h, ""));
        resolution.add(id, h, analysis);
        List<TextSpan> asked = TitleQuestions.of(h, analysis.sentences(), analysis.claims().stream().map(c -> c.span()).toList());
        return new Headline(id, analysis.claims().isEmpty() ? null : analysis.claims().get(0).text(),
            asked.isEmpty() ? null : asked.get(0).text());
      });
    }
    Map<String, String> out = new HashMap<>();
    byHeadline.forEach((h, headline) -> out.put(h, claimOf(resolution, h, headline)));
    return out;
  }

  /** One analyzed headline: its article id, first claim text and first title question (each may be null). */
  private record Headline(String articleId, String firstClaim, String question) {}

  private String claimOf(OfflineResolution resolution, String text, Headline headline) {
    if (headline.firstClaim() != null) {
      return resolution.claimId(headline.articleId(), headline.firstClaim());
    }
    String asked = questions == Questions.ASKED_CLAIM && headline.question() != null
        ? resolution.askedClaimId(headline.articleId(), headline.question()) : null;
    return asked == null ? "none:" + text : asked;
  }
}
