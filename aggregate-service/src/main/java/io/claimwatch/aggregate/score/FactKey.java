package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimEvidence;
import java.util.Comparator;

/**
 * Identity of one evidence fact within a claim: (article, source key). An UPSERT with the same key replaces the
 * fact, a RETRACT with the same key removes it. Comparable so that fact collections iterate in a stable order.
 */
public record FactKey(String articleId, String sourceKey) implements Comparable<FactKey> {

  private static final Comparator<FactKey> ORDER =
      Comparator.comparing(FactKey::articleId).thenComparing(FactKey::sourceKey);

  public static FactKey of(ClaimEvidence evidence) {
    return new FactKey(evidence.getArticleId(), evidence.getSource().getKey());
  }

  @Override
  public int compareTo(FactKey other) {
    return ORDER.compare(this, other);
  }
}
