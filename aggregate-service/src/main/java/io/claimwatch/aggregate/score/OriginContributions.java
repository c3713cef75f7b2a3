package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceContribution;
import io.claimwatch.schemas.Stance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collapses the evidence on one claim into one {@link SourceContribution} per independent origin.
 *
 * <p>The origin of a fact is {@code evidence.origin} when the source relays someone else's report, otherwise the
 * source itself; all facts with the same origin key are one origin (echoes count once). The origin's stance is the
 * stance of its <em>decisive fact</em>: the latest CONFIRMS/DENIES fact by event time, or, when the origin never
 * took a side, its latest REPORTS fact. A neutral relay therefore never erases a stance the origin did take. Ties in
 * event time are broken by stance, then article id, then source key, so the choice depends only on the set of facts.
 */
final class OriginContributions {

  static final Comparator<ClaimEvidence> LATEST_LAST = Comparator
      .comparing(ClaimEvidence::getEventTime)
      .thenComparing(ClaimEvidence::getStance)
      .thenComparing(ClaimEvidence::getArticleId)
      .thenComparing(e -> e.getSource().getKey());

  private static final Comparator<SourceContribution> DISPLAY_ORDER = Comparator
      .comparingDouble(SourceContribution::getWeight).reversed()
      .thenComparing(SourceContribution::getKey);

  private OriginContributions() {}

  static String originKey(ClaimEvidence evidence) {
    return originOf(evidence).getKey();
  }

  static Source originOf(ClaimEvidence evidence) {
    return evidence.getOrigin() != null ? evidence.getOrigin() : evidence.getSource();
  }

  /** One contribution per origin, heaviest first, then by key. */
  static List<SourceContribution> of(Collection<ClaimEvidence> facts, ScoringConfig config) {
    Map<String, List<ClaimEvidence>> byOrigin = new TreeMap<>();
    for (ClaimEvidence fact : facts) {
      byOrigin.computeIfAbsent(originKey(fact), k -> new ArrayList<>()).add(fact);
    }
    List<SourceContribution> contributions = new ArrayList<>(byOrigin.size());
    for (List<ClaimEvidence> group : byOrigin.values()) {
      contributions.add(contribution(group, config));
    }
    contributions.sort(DISPLAY_ORDER);
    return contributions;
  }

  private static SourceContribution contribution(List<ClaimEvidence> group, ScoringConfig config) {
    ClaimEvidence decisive = decisiveFact(group);
    Source origin = originOf(decisive);
    boolean party = group.stream().anyMatch(ClaimEvidence::getParty);
    TreeSet<String> relayedBy = new TreeSet<>();
    TreeSet<String> articleIds = new TreeSet<>();
    TreeSet<String> articleUrls = new TreeSet<>();
    for (ClaimEvidence fact : group) {
      if (!fact.getSource().getKey().equals(origin.getKey())) {
        relayedBy.add(fact.getSource().getName());
      }
      articleIds.add(fact.getArticleId());
      if (fact.getArticleUrl() != null && !fact.getArticleUrl().isBlank()) {
        articleUrls.add(fact.getArticleUrl());
      }
    }
    double weight = decisive.getStance() == Stance.REPORTS ? 0.0 : config.weightOf(origin.getType(), party);
    return SourceContribution.newBuilder()
        .setName(origin.getName())
        .setKey(origin.getKey())
        .setType(origin.getType())
        .setOrigin(relayedBy.isEmpty() ? null : origin.getName())
        .setRelayedBy(List.copyOf(relayedBy))
        .setStance(decisive.getStance())
        .setWeight(weight)
        .setParty(party)
        .setQuote(Objects.requireNonNullElse(decisive.getQuote(), ""))
        .setArticleIds(List.copyOf(articleIds))
        .setArticleUrls(List.copyOf(articleUrls))
        .setLastSeen(decisive.getEventTime())
        .build();
  }

  private static ClaimEvidence decisiveFact(List<ClaimEvidence> group) {
    return group.stream()
        .filter(e -> e.getStance() != Stance.REPORTS)
        .max(LATEST_LAST)
        .orElseGet(() -> group.stream().max(LATEST_LAST).orElseThrow());
  }
}
