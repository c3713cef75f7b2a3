package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimStatus;
import java.time.Instant;
import java.util.List;

/** Compares statuses on what they say about the claim, ignoring the order-dependent history, updatedAt and lastIngestedAt. */
public final class StatusComparison {

  private StatusComparison() {}

  public static boolean sameIgnoringHistory(ClaimStatus a, ClaimStatus b) {
    return withoutHistory(a).equals(withoutHistory(b));
  }

  /** A copy with history emptied and the order-dependent timestamps set to the epoch. */
  public static ClaimStatus withoutHistory(ClaimStatus status) {
    return ClaimStatus.newBuilder(status)
        .setHistory(List.of())
        .setUpdatedAt(Instant.EPOCH)
        .setLastIngestedAt(Instant.EPOCH)
        .build();
  }
}
