package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.SourceContribution;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import io.claimwatch.schemas.Verdict;
import java.util.List;

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
 */
final class Verdicts {

  private Verdicts() {}

  static Verdict decide(List<SourceContribution> origins, double confirm, double deny, double score,
      ScoringConfig config) {
    List<SourceContribution> sideTaking = origins.stream().filter(o -> o.getStance() != Stance.REPORTS).toList();
    if (sideTaking.isEmpty() || sideTaking.stream().allMatch(o -> o.getType() == SourceType.ANONYMOUS && !o.getParty())) {
      return Verdict.UNVERIFIED;
    }
    double weaker = Math.min(confirm, deny);
    double stronger = Math.max(confirm, deny);
    if (weaker >= config.materialWeight() && weaker >= config.disputeRatio() * stronger) {
      return Verdict.DISPUTED;
    }
    if (sideTaking.size() < config.minOrigins()) {
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
