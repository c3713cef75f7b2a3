/**
 * Pure scoring of claims (no Kafka): {@link io.claimwatch.aggregate.score.ClaimScorer} turns the standing evidence on
 * a claim into its status; {@link io.claimwatch.aggregate.score.ClaimState} applies upserts and retractions and keeps
 * the bounded score history.
 */
package io.claimwatch.aggregate.score;
