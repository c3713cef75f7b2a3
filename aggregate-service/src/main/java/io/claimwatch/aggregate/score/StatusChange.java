package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.ClaimStatus;

/** What applying one piece of evidence did to a claim's published status. */
public sealed interface StatusChange {

  /** The status changed (or appeared): publish it. */
  record Updated(ClaimStatus status) implements StatusChange {}

  /** The last evidence on the claim was retracted: publish a tombstone. */
  record Removed() implements StatusChange {}

  /** Nothing visible changed (duplicate, stale version, or a change that leaves the status as it was). */
  record Unchanged() implements StatusChange {}
}
