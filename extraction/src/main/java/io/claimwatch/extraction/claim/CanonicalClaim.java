package io.claimwatch.extraction.claim;

import java.util.List;
import java.util.Objects;

/**
 * The canonical form of one claim: the named participants, the event/predicate class (nullable when no
 * predicate from the lexicon occurs), and the salient key terms; {@code claimId} is a deterministic function of
 * this form alone, so the same claim worded differently maps to the same id on any instance.
 *
 * @param claimId     stable id (hex), derived only from the canonical form
 * @param canonical   human-readable canonical form, e.g. {@code "communicate(putin,trump) call|phone"}
 * @param participants normalized named entities, sorted
 * @param predicate   event class such as {@code communicate}, {@code resign}; {@code null} when none matched
 * @param keyTerms    salient stemmed terms that make up the id, most salient first
 */
public record CanonicalClaim(String claimId, String canonical, List<String> participants, String predicate,
                             List<String> keyTerms) {
  public CanonicalClaim {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(canonical, "canonical");
    participants = List.copyOf(participants);
    keyTerms = List.copyOf(keyTerms);
  }
}
