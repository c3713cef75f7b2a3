package io.claimwatch.extraction;

import java.util.List;

/**
 * A claim mention of an article: the proposition as its source asserts it ({@code text}), its key within the article
 * ({@code claimId}, from the normalized text: {@link io.claimwatch.extraction.claim.MentionKey}), its canonical form
 * (from the claim canonicalizer) and the content it was built from ({@code span}).
 */
public record FoundClaim(String claimId, String text, String canonical, List<String> participants, String predicate,
    TextSpan span) {
  public FoundClaim {
    participants = List.copyOf(participants);
  }
}
