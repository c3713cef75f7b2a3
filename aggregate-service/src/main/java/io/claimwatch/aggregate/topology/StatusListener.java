package io.claimwatch.aggregate.topology;

import io.claimwatch.schemas.ClaimStatus;

/**
 * Told about every status this instance publishes, right after it is forwarded (before the exactly-once transaction
 * commits, so a listener may, rarely, hear of a change that is then aborted and re-processed). For live views and
 * metrics only; {@code news.claims.status} is the record of truth.
 */
@FunctionalInterface
public interface StatusListener {

  StatusListener NONE = (claimId, status) -> {};

  /** {@code status} is null when the claim lost its last evidence (a tombstone was published). */
  void onStatus(String claimId, ClaimStatus status);
}
