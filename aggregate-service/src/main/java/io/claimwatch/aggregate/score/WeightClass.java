package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.SourceType;

/**
 * The classes of origin weight of {@link ScoringConfig#weightOf}: a party to the claim, a named person or organization,
 * a publication, anonymous sources, or a source of unknown kind. Scores are summed per class (count times weight) in
 * this fixed order, so an incrementally maintained claim and one recomputed from scratch get bit-identical sums.
 */
public enum WeightClass {
  PARTY, NAMED, PUBLICATION, ANONYMOUS, UNKNOWN;

  public static WeightClass of(SourceType type, boolean party) {
    if (party) {
      return PARTY;
    }
    return switch (type) {
      case PERSON, ORGANIZATION -> NAMED;
      case PUBLICATION -> PUBLICATION;
      case ANONYMOUS -> ANONYMOUS;
      case UNKNOWN -> UNKNOWN;
    };
  }

  public double weight(ScoringConfig config) {
    return switch (this) {
      case PARTY -> config.partyWeight();
      case NAMED -> config.namedWeight();
      case PUBLICATION -> config.publicationWeight();
      case ANONYMOUS -> config.anonymousWeight();
      case UNKNOWN -> config.unknownWeight();
    };
  }
}
