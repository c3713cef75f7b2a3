/**
 * ClaimWatch benchmarks: JMH micro-benchmarks ({@code jmh}) and the end-to-end {@link io.claimwatch.benchmarks.LoadHarness}.
 * See docs/benchmarks.md for commands and results.
 */
package io.claimwatch.benchmarks;
