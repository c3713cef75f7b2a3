package io.claimwatch.aggregate.query;

import io.claimwatch.aggregate.score.ClaimState;
import org.apache.kafka.streams.state.HostInfo;

/** Where a claim's state is, as far as this instance can tell. */
public sealed interface ClaimLookup {

  /** This instance owns the claim and has it. */
  record Found(ClaimState state) implements ClaimLookup {}

  /** Another instance owns the claim's partition; ask it. */
  record OnAnotherInstance(HostInfo host) implements ClaimLookup {}

  /** This instance owns the claim's partition and there is no such claim. */
  record NotFound() implements ClaimLookup {}

  /** The streams client is not RUNNING or its stores are migrating (rebalance): try again shortly. */
  record Unavailable(String reason) implements ClaimLookup {}
}
