package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.SourceContribution;
import io.claimwatch.schemas.StatusCounts;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Computes a claim's status from the set of evidence facts currently standing on it. Pure and deterministic: the
 * result depends only on the set of facts (not on their order), so any interleaving of the same evidence ends in the
 * same status.
 *
 * <h2>Model</h2>
 * <ol>
 *   <li><b>Independent origins.</b> Facts are grouped by origin ({@code evidence.origin} if set, else the source);
 *       echoes of one origin count once. Each origin takes the stance of its latest CONFIRMS/DENIES fact by event
 *       time (REPORTS only when it never took a side); see {@link OriginContributions}.</li>
 *   <li><b>Weights.</b> {@code w(origin) = partyWeight} if any of its facts marks it a party to the claim (or its
 *       spokesperson), else by kind: PERSON/ORGANIZATION {@code namedWeight}, PUBLICATION
 *       {@code publicationWeight}, ANONYMOUS {@code anonymousWeight}, UNKNOWN {@code unknownWeight}. Origins that
 *       only REPORT weigh 0.</li>
 *   <li><b>Score.</b> {@code C} = sum of weights of confirming origins, {@code D} = of denying origins;
 *       {@code score = (C - D) / (C + D + k)}, in (-1, 1); the smoothing {@code k} keeps thinly sourced claims
 *       near 0.</li>
 *   <li><b>Verdict.</b> See {@link Verdicts}: UNVERIFIED when nobody or only anonymous sources take a side;
 *       DISPUTED when both sides carry material weight; UNVERIFIED with fewer than {@code minOrigins} side-taking
 *       origins; CONFIRMED / DENIED when {@code |score| >= decisiveScore}; else UNVERIFIED.</li>
 * </ol>
 * Defaults ({@link ScoringConfig#DEFAULTS}): party 1.0, named 0.6, publication 0.5, anonymous 0.2, unknown 0.3,
 * k = 1.0, decisiveScore 0.3, materialWeight 0.5, disputeRatio 0.2, minOrigins 2, history 50 points.
 *
 * <p>The status returned here has an empty history, {@code updatedAt} = latest event time among the facts and
 * {@code lastIngestedAt} = latest ingest time; {@link ClaimState} replaces those three with the order-dependent
 * values of the change that produced it.
 */
public final class ClaimScorer {

  private final ScoringConfig config;

  public ClaimScorer(ScoringConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public ScoringConfig config() {
    return config;
  }

  /** The status of {@code claimId} given its standing facts; {@code facts} must not be empty. */
  public ClaimStatus score(String claimId, Collection<ClaimEvidence> facts) {
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("no evidence on claim " + claimId);
    }
    List<SourceContribution> origins = OriginContributions.of(facts, config);
    double confirm = 0;
    double deny = 0;
    int confirming = 0;
    int denying = 0;
    int reporting = 0;
    for (SourceContribution origin : origins) {
      switch (origin.getStance()) {
        case CONFIRMS -> {
          confirm += origin.getWeight();
          confirming++;
        }
        case DENIES -> {
          deny += origin.getWeight();
          denying++;
        }
        case REPORTS -> reporting++;
      }
    }
    double score = (confirm - deny) / (confirm + deny + config.smoothing());
    TreeSet<String> articleIds = new TreeSet<>();
    Instant firstSeen = Instant.MAX;
    Instant latest = Instant.MIN;
    Instant latestIngest = Instant.MIN;
    for (ClaimEvidence fact : facts) {
      articleIds.add(fact.getArticleId());
      firstSeen = min(firstSeen, fact.getEventTime());
      latest = max(latest, fact.getEventTime());
      latestIngest = max(latestIngest, fact.getIngestedAt());
    }
    return ClaimStatus.newBuilder()
        .setClaimId(claimId)
        .setText(representativeText(facts))
        .setVerdict(Verdicts.decide(origins, confirm, deny, score, config))
        .setScore(score)
        .setConfirmWeight(confirm)
        .setDenyWeight(deny)
        .setCounts(new StatusCounts(confirming, denying, reporting, origins.size(), articleIds.size(), facts.size()))
        .setSources(origins)
        .setArticleIds(List.copyOf(articleIds))
        .setHistory(List.of())
        .setFirstSeen(firstSeen)
        .setUpdatedAt(latest)
        .setLastIngestedAt(latestIngest)
        .build();
  }

  /** The wording of the earliest fact (ties: article id, source key), so the text does not flip with arrival order. */
  private static String representativeText(Collection<ClaimEvidence> facts) {
    return facts.stream()
        .min(java.util.Comparator.comparing(ClaimEvidence::getEventTime)
            .thenComparing(ClaimEvidence::getArticleId)
            .thenComparing(e -> e.getSource().getKey()))
        .orElseThrow()
        .getClaimText();
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
