package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claim resolution over the analyzed articles of one offline run ({@code claimwatch analyze}, evaluation), with
 * the same embedder, mention ids and resolver as the pipeline's stream stage, in input order. Claim ids are read
 * after the whole run, so a claim merged later in the run is reported under its survivor.
 */
public final class OfflineResolution {
  private final SentenceEmbedder embedder;
  private final ClaimResolver resolver;
  private final Map<String, String> claimOfMention = new HashMap<>();
  private long arrival;

  public OfflineResolution(SentenceEmbedder embedder, ResolverSettings settings) {
    this.embedder = embedder;
    this.resolver = new ClaimResolver(new InMemoryResolverState(), settings);
  }

  /** Resolves the claims of one analyzed article (its claims embedded in one batch). */
  public void add(String articleId, ArticleAnalysis analysis) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (FoundClaim c : analysis.claims()) {
      texts.putIfAbsent(ClaimIds.mentionId(articleId, c.text()), c.text());
    }
    List<String> ids = new ArrayList<>(texts.keySet());
    List<float[]> vectors = embedder.embedAll(new ArrayList<>(texts.values()));
    long at = arrival++;
    for (int i = 0; i < ids.size(); i++) {
      for (ResolutionEvent e : resolver.add(new MentionVector(ids.get(i), texts.get(ids.get(i)), vectors.get(i), at))) {
        if (e instanceof ResolutionEvent.Assigned a) {
          claimOfMention.put(a.mentionId(), a.claimId());
        }
      }
    }
  }

  /** The resolved claim id of an article's claim text (null when that claim was never added). */
  public String claimId(String articleId, String claimText) {
    String claim = claimOfMention.get(ClaimIds.mentionId(articleId, claimText));
    return claim == null ? null : resolver.resolve(claim);
  }
}
