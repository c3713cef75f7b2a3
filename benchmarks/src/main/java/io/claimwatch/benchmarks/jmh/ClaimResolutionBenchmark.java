package io.claimwatch.benchmarks.jmh;

import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.resolve.ClaimResolver;
import io.claimwatch.extraction.resolve.InMemoryResolverState;
import io.claimwatch.extraction.resolve.MentionVector;
import io.claimwatch.extraction.resolve.ResolutionEvent;
import io.claimwatch.extraction.resolve.ResolverSettings;
import java.util.List;
import java.util.Random;
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
 * Cost of claim identity on one thread: embedding one mention and a batch of ten (an article's mentions) with
 * all-MiniLM-L6-v2 (one ONNX Runtime thread, no cache), and the claim resolver's {@code add} with a given number of
 * active claims already in memory (random 384-d unit vectors: no neighbourhood is near enough to regroup, which is
 * the common case for a new mention; the regrouping's own cost is bounded by its mention limit). The inverse of the
 * resolver's average time is its capacity in mentions per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ClaimResolutionBenchmark {
  private static final List<String> SENTENCES = List.of(
      "The harbor authority said the north pier will close for repairs on Monday",
      "Officials denied that the ferry operator had been told about the closure in advance",
      "The mayor urged residents not to use the coastal road during the storm",
      "A spokeswoman for the utility said power would be restored by the weekend",
      "Two council members called the report of a budget deficit false",
      "The union said its members would not return to work until talks resume",
      "Police said the bridge was reopened after an inspection found no damage",
      "The company confirmed that its chief executive resigned last week",
      "Residents were informed of the plan and did not object to it",
      "The minister told reporters that no decision had been made on the airport");

  @Param({"1000", "10000"})
  public int activeClaims;

  private OnnxSentenceEmbedder embedder;
  private ClaimResolver resolver;
  private float[][] probes;
  private int next;
  private long time;

  @Setup(Level.Trial)
  public void setUp() {
    embedder = new OnnxSentenceEmbedder(1);
    Random random = new Random(42);
    resolver = new ClaimResolver(new InMemoryResolverState(), ResolverSettings.defaults());
    for (int i = 0; i < activeClaims; i++) {
      resolver.add(new MentionVector("seed-" + i, "claim " + i, randomUnit(random), time++));
    }
    probes = new float[4096][];
    for (int i = 0; i < probes.length; i++) {
      probes[i] = randomUnit(random);
    }
  }

  private static float[] randomUnit(Random random) {
    float[] v = new float[384];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return Vectors.normalized(v);
  }

  @Benchmark
  public float[] embedOneMention() {
    return embedder.embed(SENTENCES.get(next++ % SENTENCES.size()));
  }

  @Benchmark
  public List<float[]> embedArticleOfTenMentions() {
    return embedder.embedAll(SENTENCES);
  }

  /** One mention assigned and retracted again, so the number of active claims stays at {@link #activeClaims}. */
  @Benchmark
  public List<ResolutionEvent> resolveOneMention() {
    int i = next++;
    List<ResolutionEvent> events = resolver.add(new MentionVector("probe-" + i, "probe", probes[i % probes.length], time++));
    resolver.remove("probe-" + i, time);
    return events;
  }
}
