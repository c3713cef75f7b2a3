package io.claimwatch.benchmarks.jmh;

import io.claimwatch.aggregate.score.ClaimScorer;
import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aggregate scoring of one claim with {@code facts} standing evidence facts. {@code score} is the pure
 * {@link ClaimScorer#score} of the whole fact set (the from-scratch reference the aggregate's incremental state must
 * equal); {@code applyEvidence} is {@link ClaimState#apply} of the reference model (copy of the fact map, rescoring,
 * history update), which is what the aggregate did per evidence record before it kept facts, origins and claims
 * under their own keys.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScoringBenchmark {
  @Param({"5", "50", "500"})
  public int facts;

  private ClaimScorer scorer;
  private List<ClaimEvidence> evidence;
  private ClaimState state;
  private ClaimEvidence change;

  @Setup(Level.Trial)
  public void setUp() {
    scorer = new ClaimScorer(ScoringConfig.DEFAULTS);
    evidence = EvidenceFixtures.facts(facts, 20_260_403L);
    ClaimState built = ClaimState.empty();
    for (ClaimEvidence fact : evidence) {
      built = built.apply(EvidenceFixtures.CLAIM_ID, fact, scorer).state();
    }
    state = built;
    change = EvidenceFixtures.flipped(evidence.get(evidence.size() / 2));
  }

  @Benchmark
  public ClaimStatus score(ThreadCpuMeter cpu) {
    cpu.count();
    return scorer.score(EvidenceFixtures.CLAIM_ID, evidence);
  }

  @Benchmark
  public ClaimState.Transition applyEvidence(ThreadCpuMeter cpu) {
    cpu.count();
    return state.apply(EvidenceFixtures.CLAIM_ID, change, scorer);
  }
}
