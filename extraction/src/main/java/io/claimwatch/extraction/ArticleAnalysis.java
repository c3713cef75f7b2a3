package io.claimwatch.extraction;

import java.util.List;

/**
 * What the extractor found in one article. {@code notes} says which {@link ExtractionLimits} cut the analysis short
 * (empty for an ordinary article).
 */
public record ArticleAnalysis(List<TextSpan> sentences, List<FoundClaim> claims, List<FoundAttribution> attributions,
    List<String> notes) {
  public ArticleAnalysis {
    sentences = List.copyOf(sentences);
    claims = List.copyOf(claims);
    attributions = List.copyOf(attributions);
    notes = List.copyOf(notes);
  }

  /** An analysis no limit cut short. */
  public ArticleAnalysis(List<TextSpan> sentences, List<FoundClaim> claims, List<FoundAttribution> attributions) {
    this(sentences, claims, attributions, List.of());
  }
}
