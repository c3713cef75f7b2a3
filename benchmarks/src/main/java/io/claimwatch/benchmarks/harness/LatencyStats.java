package io.claimwatch.benchmarks.harness;

import java.util.Arrays;
import java.util.Locale;

/** Nearest-rank percentiles of a set of durations in milliseconds. */
public record LatencyStats(int count, long p50, long p95, long p99, long max) {

  public static LatencyStats of(long[] millis) {
    if (millis.length == 0) {
      return new LatencyStats(0, 0, 0, 0, 0);
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new LatencyStats(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
  }

  private static long rank(long[] sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  @Override
  public String toString() {
    return count == 0 ? "no samples"
        : String.format(Locale.ROOT, "n=%d  p50=%d ms  p95=%d ms  p99=%d ms  max=%d ms", count, p50, p95, p99, max);
  }
}
