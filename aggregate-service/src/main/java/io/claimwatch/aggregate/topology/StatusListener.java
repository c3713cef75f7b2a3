package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ClaimState;

/**
 * Told about every status this instance publishes, right after it is forwarded (before the exactly-once transaction
 * commits, so a listener may, rarely, hear of a change that is then aborted and re-processed). For live views and
 * metrics only; {@code news.claims.status} is the record of truth. Runs on the stream thread: must not block.
 */
@FunctionalInterface
public interface StatusListener {

  StatusListener NONE = (claimId, state) -> {};

  /**
   * {@code state} holds the new status (its facts are not carried: the aggregate keeps them per fact, see the paged
   * evidence route); null when the claim lost its last evidence.
   */
  void onStatus(String claimId, ClaimState state);
}
