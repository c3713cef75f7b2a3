package io.claimwatch.extraction.resolve;

import java.time.Duration;

/**
 * The claim resolver's knobs.
 *
 * @param assignThreshold a mention joins the nearest claim when its cosine to the claim's centroid is at least this
 * @param sameArticleThreshold two statements of one article join one claim only at this similarity (an article
 *     that states two propositions separately is evidence that they are two claims), where statements of different
 *     articles join at the assign threshold
 * @param mergeThreshold two claims whose centroids have come at least this close are merged (consolidation)
 * @param activeWindow claims not mentioned for longer than this (in event time) leave the active set
 * @param linkage how the similarity of a mention to a claim, and of two claims, is measured
 * @param regroupLimit after each change, the changed claim's neighbourhood is re-clustered in canonical order when
 *     it holds at most this many mentions (0: never), which makes the grouping of a story independent of arrival
 *     order; larger neighbourhoods keep their online grouping
 */
public record ResolverSettings(double assignThreshold, double sameArticleThreshold, double mergeThreshold,
                               Duration activeWindow, Linkage linkage, int regroupLimit) {
  /** Thresholds chosen by grouped cross-validation on the Emergent training claims (docs/claim-resolution.md). */
  public static final double DEFAULT_ASSIGN = 0.52;
  public static final double DEFAULT_SAME_ARTICLE = 0.66;
  public static final double DEFAULT_MERGE = 0.68;

  /** Default size limit of a neighbourhood that is regrouped canonically (a few milliseconds of work). */
  public static final int DEFAULT_REGROUP_LIMIT = 400;

  public ResolverSettings {
    if (regroupLimit < 0) {
      throw new IllegalArgumentException("regroup limit must be >= 0, got " + regroupLimit);
    }
    if (!(assignThreshold > -1 && assignThreshold < 1)) {
      throw new IllegalArgumentException("assign threshold must be in (-1, 1), got " + assignThreshold);
    }
    if (!(sameArticleThreshold > -1 && sameArticleThreshold <= 1)) {
      throw new IllegalArgumentException("same-article threshold must be in (-1, 1], got " + sameArticleThreshold);
    }
    if (!(mergeThreshold > -1 && mergeThreshold <= 1)) {
      throw new IllegalArgumentException("merge threshold must be in (-1, 1], got " + mergeThreshold);
    }
    if (activeWindow.isNegative() || activeWindow.isZero()) {
      throw new IllegalArgumentException("active window must be positive, got " + activeWindow);
    }
  }

  public static ResolverSettings defaults() {
    return new ResolverSettings(DEFAULT_ASSIGN, DEFAULT_SAME_ARTICLE, DEFAULT_MERGE, Duration.ofDays(30),
        Linkage.AVERAGE,
        DEFAULT_REGROUP_LIMIT);
  }

  public ResolverSettings withThresholds(double assign, double merge) {
    return new ResolverSettings(assign, sameArticleThreshold, merge, activeWindow, linkage, regroupLimit);
  }
}
