package io.claimwatch.aggregate;

import io.claimwatch.aggregate.query.ClaimQueryService;
import io.claimwatch.aggregate.query.QueryUnavailableException;
import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.topology.StatusListener;
import io.claimwatch.schemas.Verdict;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * aggregate-service metrics besides the Kafka Streams ones: {@code claimwatch_claims{verdict}} (claims in this
 * instance's active partitions, recounted at most every {@link #RECOUNT_INTERVAL} on scrape) and
 * {@code claimwatch_status_update_latency} (from the ingest of the article version that caused a status change to
 * the moment this instance published it).
 */
final class AggregateMetrics implements StatusListener {

  static final Duration RECOUNT_INTERVAL = Duration.ofSeconds(5);

  private final Timer latency;
  private final Clock clock;
  private ClaimQueryService queries;
  private Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
  private Instant countedAt = Instant.MIN;

  AggregateMetrics(MeterRegistry registry, Clock clock) {
    this.clock = clock;
    this.latency = Timer.builder("claimwatch.status.update.latency")
        .description("From article ingest to the status change it caused being published")
        .publishPercentiles(0.5, 0.95, 0.99)
        .register(registry);
  }

  /** Registers the claims-by-verdict gauges, counted from {@code queries}. */
  void bindClaimGauges(MeterRegistry registry, ClaimQueryService queries) {
    synchronized (this) {
      this.queries = queries;
    }
    for (Verdict verdict : Verdict.values()) {
      Gauge.builder("claimwatch.claims", this, m -> m.count(verdict))
          .description("Claims in this instance's active partitions, by verdict")
          .tag("verdict", verdict.name())
          .register(registry);
    }
  }

  @Override
  public void onStatus(String claimId, ClaimState state) {
    if (state != null && state.status() != null) {
      Duration elapsed = Duration.between(state.status().getLastIngestedAt(), clock.instant());
      if (!elapsed.isNegative()) {
        latency.record(elapsed);
      }
    }
  }

  private synchronized double count(Verdict verdict) {
    Instant now = clock.instant();
    if (Duration.between(countedAt, now).compareTo(RECOUNT_INTERVAL) >= 0) {
      try {
        counts = queries.localVerdictCounts();
        countedAt = now;
      } catch (QueryUnavailableException e) {
        return Double.NaN;
      }
    }
    return counts.getOrDefault(verdict, 0L);
  }
}
