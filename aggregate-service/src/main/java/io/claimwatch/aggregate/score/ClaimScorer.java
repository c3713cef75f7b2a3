package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a claim's status from scratch from the set of evidence facts standing on it. Pure and deterministic: the
 * result depends only on the set of facts (not on their order). The aggregate keeps the same summaries incrementally
 * ({@link OriginState}, {@link ClaimSummary}); this is the reference it must equal.
 *
 * <h2>Model</h2>
 * <ol>
 *   <li><b>Independent origins.</b> Facts are grouped by origin ({@code evidence.origin} if set, else the source);
 *       echoes of one origin count once. Each origin takes the stance of its latest CONFIRMS/DENIES fact by event
 *       time (REPORTS only when it never took a side); see {@link OriginState}.</li>
 *   <li><b>Weights.</b> {@code w(origin) = partyWeight} if any of its facts marks it a party to the claim (or its
 *       spokesperson), else by kind: PERSON/ORGANIZATION {@code namedWeight}, PUBLICATION
 *       {@code publicationWeight}, ANONYMOUS {@code anonymousWeight}, UNKNOWN {@code unknownWeight}. Origins that
 *       only REPORT weigh 0.</li>
 *   <li><b>Score.</b> {@code C} = sum of weights of confirming origins, {@code D} = of denying origins (summed per
 *       {@link WeightClass}); {@code score = (C - D) / (C + D + k)}, in (-1, 1); the smoothing {@code k} keeps thinly
 *       sourced claims near 0.</li>
 *   <li><b>Verdict.</b> See {@link Verdicts}: UNVERIFIED when nobody or only anonymous sources take a side;
 *       DISPUTED when both sides carry material weight; UNVERIFIED with fewer than {@code minOrigins} side-taking
 *       origins; CONFIRMED / DENIED when {@code |score| >= decisiveScore}; else UNVERIFIED.</li>
 * </ol>
 * Defaults ({@link ScoringConfig#DEFAULTS}): party 1.0, named 0.6, publication 0.5, anonymous 0.2, unknown 0.3,
 * k = 1.0, decisiveScore 0.3, materialWeight 0.5, disputeRatio 0.2, minOrigins 2, history 50 points. The status lists
 * the {@link StatusBounds#topSources()} heaviest origins and bounded samples ({@link StatusBounds}).
 *
 * <p>The status returned here has an empty history; {@link StatusHistory} sets history, {@code updatedAt} and
 * {@code lastIngestedAt} from the change that produced it.
 */
public final class ClaimScorer {

  private final ScoringConfig config;
  private final StatusBounds bounds;

  public ClaimScorer(ScoringConfig config) {
    this(config, StatusBounds.DEFAULTS);
  }

  public ClaimScorer(ScoringConfig config, StatusBounds bounds) {
    this.config = Objects.requireNonNull(config, "config");
    this.bounds = Objects.requireNonNull(bounds, "bounds");
  }

  public ScoringConfig config() {
    return config;
  }

  public StatusBounds bounds() {
    return bounds;
  }

  /** The status of {@code claimId} given its standing facts; {@code facts} must not be empty. */
  public ClaimStatus score(String claimId, Collection<ClaimEvidence> facts) {
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("no evidence on claim " + claimId);
    }
    Map<String, List<FactBrief>> byOrigin = new TreeMap<>();
    ClaimSummary summary = ClaimSummary.EMPTY;
    TreeSet<String> articleIds = new TreeSet<>();
    for (ClaimEvidence evidence : facts) {
      FactBrief fact = FactBrief.of(evidence, bounds);
      byOrigin.computeIfAbsent(fact.originKey(), k -> new ArrayList<>()).add(fact);
      summary = summary.withFactAdded(fact);
      if (articleIds.add(fact.articleId())) {
        summary = summary.withArticleAdded(fact.articleId(), bounds);
      }
    }
    List<OriginState> origins = new ArrayList<>(byOrigin.size());
    for (Map.Entry<String, List<FactBrief>> group : byOrigin.entrySet()) {
      OriginState origin = OriginState.rebuild(group.getKey(), group.getValue(), bounds);
      summary = summary.withOriginChanged(null, origin);
      origins.add(origin);
    }
    origins.sort(StatusAssembler.displayOrder(config));
    List<OriginState> top = origins.subList(0, Math.min(bounds.topSources(), origins.size()));
    return StatusAssembler.assemble(claimId, summary, top, config, bounds);
  }
}
