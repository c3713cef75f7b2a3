package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceContribution;
import io.claimwatch.schemas.Stance;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What one independent origin contributes to one claim, kept under its own key and bounded whatever the number of
 * facts behind it: fact counts (all, party, side-taking) so removals are exact; the latest side-taking fact and the
 * latest neutral one (by {@link FactBrief#LATEST_LAST}); the smallest article refs and relayer names (samples). Adding
 * a fact is O(1). Removing one is O(1) unless the fact is one this summary names (the decisive fact, a sampled article
 * or relayer); then {@link Removal#rescan()} asks the caller to {@link #rebuild} from this origin's remaining facts.
 *
 * <p>The decisive fact is the latest side-taking one, or, when the origin never took a side, its latest neutral one:
 * a neutral relay never erases a stance the origin did take. Ties are broken by stance, article id, source key.
 */
public record OriginState(String originKey, int facts, int partyFacts, int sideFacts, FactBrief latestSide,
    FactBrief latestReport, List<ArticleRef> articles, List<String> relayers) {

  public OriginState {
    Objects.requireNonNull(originKey, "originKey");
    articles = List.copyOf(articles);
    relayers = List.copyOf(relayers);
  }

  public static OriginState empty(String originKey) {
    return new OriginState(originKey, 0, 0, 0, null, null, List.of(), List.of());
  }

  /** The state of the origin holding exactly {@code facts}. */
  public static OriginState rebuild(String originKey, Iterable<FactBrief> facts, StatusBounds bounds) {
    OriginState state = empty(originKey);
    for (FactBrief fact : facts) {
      state = state.add(fact, bounds);
    }
    return state;
  }

  public boolean isEmpty() {
    return facts == 0;
  }

  public OriginState add(FactBrief fact, StatusBounds bounds) {
    FactBrief side = latestSide;
    FactBrief report = latestReport;
    if (fact.sideTaking()) {
      side = later(side, fact);
    } else {
      report = later(report, fact);
    }
    List<String> nextRelayers = fact.relayed()
        ? SmallestSet.insert(relayers, fact.sourceName(), bounds.relayersPerSource()) : relayers;
    return new OriginState(originKey, facts + 1, partyFacts + (fact.party() ? 1 : 0),
        sideFacts + (fact.sideTaking() ? 1 : 0), side, report,
        SmallestSet.insert(articles, ArticleRef.of(fact), bounds.articlesPerSource()), nextRelayers);
  }

  /** This origin without {@code fact}; when the fact is one this summary names, the caller must rebuild. */
  public Removal remove(FactBrief fact) {
    boolean named = sameFact(latestSide, fact) || sameFact(latestReport, fact)
        || SmallestSet.contains(articles, ArticleRef.of(fact))
        || (fact.relayed() && SmallestSet.contains(relayers, fact.sourceName()));
    OriginState next = new OriginState(originKey, facts - 1, partyFacts - (fact.party() ? 1 : 0),
        sideFacts - (fact.sideTaking() ? 1 : 0), latestSide, latestReport, articles, relayers);
    return new Removal(next, named && next.facts > 0);
  }

  /** The fact whose stance the origin takes (null when empty). */
  public FactBrief decisive() {
    return sideFacts > 0 ? latestSide : latestReport;
  }

  public boolean party() {
    return partyFacts > 0;
  }

  public Stance stance() {
    return decisive().stance();
  }

  public WeightClass weightClass() {
    return WeightClass.of(decisive().origin().getType(), party());
  }

  /** The weight the origin adds to its side (0 for a neutral origin). */
  public double weight(ScoringConfig config) {
    return stance() == Stance.REPORTS ? 0.0 : weightClass().weight(config);
  }

  /** The status entry of this origin. */
  public SourceContribution contribution(ScoringConfig config, StatusBounds bounds) {
    FactBrief decisive = decisive();
    Source origin = decisive.origin();
    TreeSet<String> ids = new TreeSet<>();
    TreeSet<String> urls = new TreeSet<>();
    for (ArticleRef ref : articles) {
      ids.add(ref.id());
      if (ref.url() != null) {
        urls.add(ref.url());
      }
    }
    String name = StatusBounds.clip(origin.getName(), bounds.nameChars());
    return SourceContribution.newBuilder()
        .setName(name)
        .setKey(StatusBounds.clip(origin.getKey(), bounds.nameChars()))
        .setType(origin.getType())
        .setOrigin(relayers.isEmpty() ? null : name)
        .setRelayedBy(relayers)
        .setStance(decisive.stance())
        .setWeight(weight(config))
        .setParty(party())
        .setQuote(decisive.quote())
        .setArticleIds(StatusBounds.withinBudget(List.copyOf(ids), bounds.sourceIdChars()))
        .setArticleUrls(StatusBounds.withinBudget(List.copyOf(urls), bounds.sourceIdChars()))
        .setLastSeen(decisive.eventTime())
        .build();
  }

  private static FactBrief later(FactBrief current, FactBrief candidate) {
    return current == null || FactBrief.LATEST_LAST.compare(candidate, current) > 0 ? candidate : current;
  }

  private static boolean sameFact(FactBrief named, FactBrief fact) {
    return named != null && named.factId().equals(fact.factId());
  }

  /** The origin after a removal, and whether its named facts must be recomputed from the remaining ones. */
  public record Removal(OriginState state, boolean rescan) {}
}
