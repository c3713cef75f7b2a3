package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.SourceType;

/**
 * The numbers of the scoring model; see {@link ClaimScorer} for the formula and the verdict rules.
 *
 * @param partyWeight weight of a party to the claim or its official spokesperson (overrides the type weight)
 * @param namedWeight weight of a named person or organization
 * @param publicationWeight weight of a publication speaking for itself (its own reporting)
 * @param anonymousWeight weight of anonymous sources ("officials familiar with the matter")
 * @param unknownWeight weight of a source whose kind enrich could not tell
 * @param smoothing k in {@code (C - D) / (C + D + k)}: pulls scores of thinly sourced claims towards 0
 * @param decisiveScore |score| at or above which a claim is CONFIRMED / DENIED
 * @param materialWeight weight a side needs before it can make a claim DISPUTED
 * @param disputeRatio the weaker side must carry at least this fraction of the stronger side for DISPUTED
 * @param minOrigins independent stance-taking origins needed for CONFIRMED / DENIED
 * @param historyLimit how many score points the bounded history keeps (oldest dropped first)
 */
public record ScoringConfig(
    double partyWeight,
    double namedWeight,
    double publicationWeight,
    double anonymousWeight,
    double unknownWeight,
    double smoothing,
    double decisiveScore,
    double materialWeight,
    double disputeRatio,
    int minOrigins,
    int historyLimit) {

  /** The defaults documented in {@code docs/aggregate-service.md}. */
  public static final ScoringConfig DEFAULTS = new ScoringConfig(1.0, 0.6, 0.5, 0.2, 0.3, 1.0, 0.3, 0.5, 0.2, 2, 50);

  public ScoringConfig {
    requireNonNegative("partyWeight", partyWeight);
    requireNonNegative("namedWeight", namedWeight);
    requireNonNegative("publicationWeight", publicationWeight);
    requireNonNegative("anonymousWeight", anonymousWeight);
    requireNonNegative("unknownWeight", unknownWeight);
    if (!(smoothing > 0)) {
      throw new IllegalArgumentException("smoothing must be > 0, was " + smoothing);
    }
    if (!(decisiveScore > 0 && decisiveScore <= 1)) {
      throw new IllegalArgumentException("decisiveScore must be in (0, 1], was " + decisiveScore);
    }
    requireNonNegative("materialWeight", materialWeight);
    if (!(disputeRatio >= 0 && disputeRatio <= 1)) {
      throw new IllegalArgumentException("disputeRatio must be in [0, 1], was " + disputeRatio);
    }
    if (minOrigins < 1) {
      throw new IllegalArgumentException("minOrigins must be >= 1, was " + minOrigins);
    }
    if (historyLimit < 1) {
      throw new IllegalArgumentException("historyLimit must be >= 1, was " + historyLimit);
    }
  }

  /** The weight of an origin of the given kind; parties weigh {@link #partyWeight} whatever their kind. */
  public double weightOf(SourceType type, boolean party) {
    if (party) {
      return partyWeight;
    }
    return switch (type) {
      case PERSON, ORGANIZATION -> namedWeight;
      case PUBLICATION -> publicationWeight;
      case ANONYMOUS -> anonymousWeight;
      case UNKNOWN -> unknownWeight;
    };
  }

  private static void requireNonNegative(String name, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
  }
}
