package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.SourceContribution;
import io.claimwatch.schemas.Stance;
import io.claimwatch.schemas.StatusCounts;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a claim's status from its {@link ClaimSummary} and its heaviest origins: the score and verdict from the
 * tally, the listed sources, the bounded article ids. The history is empty and {@code updatedAt} /
 * {@code lastIngestedAt} are the earliest fact's; {@link StatusHistory} sets those three from the change that caused
 * the status. Used by the aggregate (incrementally kept summaries) and by {@link ClaimScorer} (from scratch) alike.
 */
public final class StatusAssembler {

  private StatusAssembler() {}

  /** {@code top} must be the claim's heaviest origins in display order (weight desc, key asc), at most topSources. */
  public static ClaimStatus assemble(String claimId, ClaimSummary summary, List<OriginState> top,
      ScoringConfig config, StatusBounds bounds) {
    WeightTally tally = summary.tally();
    double confirm = tally.weight(Stance.CONFIRMS, config);
    double deny = tally.weight(Stance.DENIES, config);
    double score = (confirm - deny) / (confirm + deny + config.smoothing());
    List<SourceContribution> sources = top.stream().map(o -> o.contribution(config, bounds)).toList();
    FactBrief earliest = summary.earliest();
    return ClaimStatus.newBuilder()
        .setClaimId(claimId)
        .setText(earliest.claimText())
        .setVerdict(Verdicts.decide(tally, confirm, deny, score, config))
        .setScore(score)
        .setConfirmWeight(confirm)
        .setDenyWeight(deny)
        .setCounts(new StatusCounts(tally.count(Stance.CONFIRMS), tally.count(Stance.DENIES),
            tally.count(Stance.REPORTS), summary.origins(), summary.articles(), summary.facts()))
        .setSources(sources)
        .setArticleIds(StatusBounds.withinBudget(summary.articleSample(), bounds.statusIdChars()))
        .setHistory(List.of())
        .setFirstSeen(earliest.eventTime())
        .setUpdatedAt(earliest.eventTime())
        .setLastIngestedAt(earliest.ingestedAt())
        .build();
  }

  /** The display order for a given scoring configuration: weight descending, then origin key. */
  public static Comparator<OriginState> displayOrder(ScoringConfig config) {
    return Comparator.comparingDouble((OriginState o) -> o.weight(config)).reversed()
        .thenComparing(OriginState::originKey);
  }
}
