package io.claimwatch.benchmarks.jmh;

import io.claimwatch.localstack.articles.ArticleGenerator;
import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput of {@link ArticleAnalyzer} on ~3 KB generated news articles, one thread, reported as
 * articles per second (per core, since the benchmark is single-threaded). Each invocation analyses the next of 256
 * pre-generated articles, so the result is an average over varied texts rather than one article the JIT has learned.
 * Issue 4's target is at least 1,000 articles/s per core; on a shared machine read the {@link ThreadCpuMeter} lines
 * (articles per CPU-second of the benchmark thread) next to JMH's wall-clock score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {
  private static final int ARTICLES = 256;

  private ArticleAnalyzer analyzer;
  private List<ArticleInput> articles;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    analyzer = ArticleAnalyzer.fromResources();
    articles = new ArticleGenerator(20_260_401L).generate(ARTICLES).stream().map(a -> a.toInput()).toList();
  }

  @Benchmark
  public ArticleAnalysis analyzeArticle(ThreadCpuMeter cpu) {
    cpu.count();
    ArticleInput article = articles.get(next);
    next = (next + 1) % ARTICLES;
    return analyzer.analyze(article);
  }
}
