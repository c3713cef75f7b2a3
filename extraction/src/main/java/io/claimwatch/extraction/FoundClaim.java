package io.claimwatch.extraction;

import java.util.List;

/** A claim reported by an article: its stable id and canonical form (from the claim canonicalizer) and where it is. */
public record FoundClaim(String claimId, String text, String canonical, List<String> participants, String predicate,
    TextSpan span) {
  public FoundClaim {
    participants = List.copyOf(participants);
  }
}
