package io.claimwatch.aggregate.query;

import org.apache.kafka.streams.state.HostInfo;

/** Where a claim's data is, as far as this instance can tell; {@code T} is what was read (a detail, a page). */
public sealed interface ClaimLookup<T> {

  /** This instance owns the claim and has it. */
  record Found<T>(T value) implements ClaimLookup<T> {}

  /** Another instance owns the claim's partition; ask it. */
  record OnAnotherInstance<T>(HostInfo host) implements ClaimLookup<T> {}

  /** This instance owns the claim's partition and there is no such claim. */
  record NotFound<T>() implements ClaimLookup<T> {}

  /** The streams client is not RUNNING or its stores are migrating (rebalance): try again shortly. */
  record Unavailable<T>(String reason) implements ClaimLookup<T> {}
}
