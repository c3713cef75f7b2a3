package io.claimwatch.extraction;

import java.util.List;

/** What the extractor found in one article. */
public record ArticleAnalysis(List<TextSpan> sentences, List<FoundClaim> claims, List<FoundAttribution> attributions) {
  public ArticleAnalysis {
    sentences = List.copyOf(sentences);
    claims = List.copyOf(claims);
    attributions = List.copyOf(attributions);
  }
}
