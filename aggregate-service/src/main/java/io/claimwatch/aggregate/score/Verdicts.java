package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.Verdict;

/**
 * The verdict rules, applied in this order (C, D = summed weights of confirming / denying origins):
 * <ol>
 *   <li>no origin takes a side, or every origin that does is anonymous: UNVERIFIED;</li>
 *   <li>{@code C >= materialWeight} and {@code D >= materialWeight} and
 *       {@code min(C, D) >= disputeRatio * max(C, D)}: DISPUTED;</li>
 *   <li>fewer than {@code minOrigins} origins take a side: UNVERIFIED;</li>
 *   <li>{@code score >= decisiveScore}: CONFIRMED; {@code score <= -decisiveScore}: DENIED;</li>
 *   <li>otherwise UNVERIFIED.</li>
 * </ol>
 * Everything needed is in the {@link WeightTally}, so the verdict costs O(1) whatever the number of origins.
 */
final class Verdicts {

  private Verdicts() {}

  static Verdict decide(WeightTally tally, double confirm, double deny, double score, ScoringConfig config) {
    if (tally.sideTaking() == 0 || tally.onlyAnonymousTakeSides()) {
      return Verdict.UNVERIFIED;
    }
    double weaker = Math.min(confirm, deny);
    double stronger = Math.max(confirm, deny);
    if (weaker >= config.materialWeight() && weaker >= config.disputeRatio() * stronger) {
      return Verdict.DISPUTED;
    }
    if (tally.sideTaking() < config.minOrigins()) {
      return Verdict.UNVERIFIED;
    }
    if (score >= config.decisiveScore()) {
      return Verdict.CONFIRMED;
    }
    if (score <= -config.decisiveScore()) {
      return Verdict.DENIED;
    }
    return Verdict.UNVERIFIED;
  }
}
