package io.claimwatch.aggregate.score;

import java.util.ArrayList;
import java.util.List;

/**
 * A claim's fixed-size aggregate: the {@link WeightTally} of its origins' decisive stances, how many facts and
 * distinct articles stand on it, its earliest fact (for the representative text and {@code firstSeen}) and the
 * {@code statusArticles} smallest article ids. Immutable; the {@code with*} methods return the next summary.
 *
 * <p>Only two changes need more than the summary itself: removing the earliest fact (the caller finds the next one,
 * {@link #withEarliest}) and removing a sampled article while more articles stand ({@link #needsArticleRefill}; the
 * caller reads the next smallest article id after the sample's last, {@link #withArticleRefilled}).
 */
public record ClaimSummary(WeightTally tally, int facts, int articles, FactBrief earliest, List<String> articleSample) {

  public static final ClaimSummary EMPTY = new ClaimSummary(WeightTally.empty(), 0, 0, null, List.of());

  public ClaimSummary {
    articleSample = List.copyOf(articleSample);
  }

  public boolean isEmpty() {
    return facts == 0;
  }

  public int origins() {
    return tally.sideTaking() + tally.count(io.claimwatch.schemas.Stance.REPORTS);
  }

  /** The summary after one origin changed from {@code before} to {@code after} (either may be empty). */
  public ClaimSummary withOriginChanged(OriginState before, OriginState after) {
    WeightTally next = tally;
    if (before != null && !before.isEmpty()) {
      next = next.plus(before.stance(), before.weightClass(), -1);
    }
    if (after != null && !after.isEmpty()) {
      next = next.plus(after.stance(), after.weightClass(), 1);
    }
    return new ClaimSummary(next, facts, articles, earliest, articleSample);
  }

  public ClaimSummary withFactAdded(FactBrief fact) {
    FactBrief first = earliest == null || FactBrief.EARLIEST_FIRST.compare(fact, earliest) < 0 ? fact : earliest;
    return new ClaimSummary(tally, facts + 1, articles, first, articleSample);
  }

  /** The summary without {@code fact}; when it was the earliest, {@link #earliest()} is null until re-set. */
  public ClaimSummary withFactRemoved(FactBrief fact) {
    FactBrief first = earliest != null && earliest.factId().equals(fact.factId()) ? null : earliest;
    return new ClaimSummary(tally, facts - 1, articles, first, articleSample);
  }

  public ClaimSummary withEarliest(FactBrief fact) {
    return new ClaimSummary(tally, facts, articles, fact, articleSample);
  }

  public ClaimSummary withArticleAdded(String articleId, StatusBounds bounds) {
    return new ClaimSummary(tally, facts, articles + 1, earliest,
        SmallestSet.insert(articleSample, articleId, bounds.statusArticles()));
  }

  public ClaimSummary withArticleRemoved(String articleId) {
    List<String> sample = new ArrayList<>(articleSample);
    sample.remove(articleId);
    return new ClaimSummary(tally, facts, articles - 1, earliest, sample);
  }

  /** True when the sample lost an article while more articles than it holds still stand. */
  public boolean needsArticleRefill(StatusBounds bounds) {
    return articleSample.size() < Math.min(bounds.statusArticles(), articles);
  }

  /** The sample with {@code next} (the smallest article id after the sample's last) appended. */
  public ClaimSummary withArticleRefilled(String next) {
    List<String> sample = new ArrayList<>(articleSample);
    sample.add(next);
    return new ClaimSummary(tally, facts, articles, earliest, sample);
  }
}
