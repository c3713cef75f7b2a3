package io.claimwatch.benchmarks.jmh;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.adversarial.PathologicalText;
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
 * Time of one extraction of a 1 MB adversarial body, per kind of {@link PathologicalText}, without a time budget (so
 * the score is the real cost, not the cut-off). Target: every kind at most 1 s (enrich's default budget is 2 s and
 * cuts off anything slower). Average time per operation in milliseconds; read the {@code [cpu]} lines on a shared
 * machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 2, time = 2)
public class PathologicalExtractionBenchmark {
  private static final int ONE_MB = 1_000_000;

  @Param
  public PathologicalText kind;

  private ArticleAnalyzer analyzer;
  private ArticleInput article;

  @Setup(Level.Trial)
  public void setUp() {
    analyzer = ArticleAnalyzer.fromResources();
    article = new ArticleInput("poison", "Poison Gazette", null, kind.title(), kind.body(ONE_MB));
  }

  @Benchmark
  public ArticleAnalysis analyzeOneMegabyte(ThreadCpuMeter cpu) {
    cpu.count();
    return analyzer.analyze(article);
  }
}
