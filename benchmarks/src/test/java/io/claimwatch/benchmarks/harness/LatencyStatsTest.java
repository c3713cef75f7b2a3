package io.claimwatch.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

  @Test
  void shouldTakeNearestRankPercentilesWhenGivenUnsortedSamples() {
    long[] samples = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

    LatencyStats stats = LatencyStats.of(samples);

    assertThat(stats).isEqualTo(new LatencyStats(100, 50, 95, 99, 100));
  }

  @Test
  void shouldReportNoSamplesWhenEmpty() {
    assertThat(LatencyStats.of(new long[0]).count()).isZero();
    assertThat(LatencyStats.of(new long[0])).hasToString("no samples");
  }

  @Test
  void shouldUseTheOnlySampleForEveryPercentileWhenThereIsOne() {
    assertThat(LatencyStats.of(new long[] {42})).isEqualTo(new LatencyStats(1, 42, 42, 42, 42));
  }
}
