package io.claimwatch.benchmarks.jmh;

import io.claimwatch.ingest.validate.ArticleSubmission;
import io.claimwatch.ingest.validate.ArticleValidator;
import io.claimwatch.ingest.validate.RejectedException;
import io.claimwatch.ingest.validate.ValidArticle;
import java.time.Duration;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest validation and normalization (size checks, HTML detection and reduction, the one-pass cleaner, the content
 * hash) of a 1 MB adversarial body of each kind, in milliseconds per article. Issue 12's target: each at most
 * 1,000 ms. The former tag regex took 945 ms on 40,000 characters of unclosed {@code <}; quadratic growth would put
 * 1 MB at ten minutes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class IngestNormalizationBenchmark {
  private static final int SIZE = 1 << 20;

  /** The pathological kinds, each repeated to 1 MB of UTF-16 characters. */
  @Param({"apostrophes", "title-words", "unclosed-tags", "unclosed-bracket", "tiny-sentences", "combining-marks",
      "bidi-controls", "control-chars", "zero-width", "nested-html", "unclosed-formatting", "entities",
      "ampersands", "long-word", "line-separators", "whitespace-runs", "comment-open"})
  public String kind;

  private ArticleValidator validator;
  private ArticleSubmission submission;

  @Setup(Level.Trial)
  public void setUp() {
    validator = new ArticleValidator(4L * SIZE, Duration.ofHours(24));
    submission = new ArticleSubmission("https://example.org/bench/" + kind, "Bench", null, "Benchmark " + kind,
        body(kind), "en", null, "bench");
  }

  static String body(String kind) {
    return fill(switch (kind) {
      case "apostrophes" -> "'";
      case "title-words" -> "President ";
      case "unclosed-tags" -> "<a";
      case "unclosed-bracket" -> "< word ";
      case "tiny-sentences" -> "A b. ";
      case "combining-marks" -> "\u0301";
      case "bidi-controls" -> "\u202Eab\u2066c\u2069";
      case "control-chars" -> "a\u0001\u0007\u001B\u007F";
      case "zero-width" -> "\u200B\u200Dw\uFEFF";
      case "nested-html" -> "<div>";
      case "unclosed-formatting" -> "<b><i><u>";
      case "entities" -> "&amp;";
      case "ampersands" -> "&abc";
      case "long-word" -> "a";
      case "line-separators" -> "x\u2028\r\n\u2029";
      case "whitespace-runs" -> " \t\u00A0\u3000";
      case "comment-open" -> "<!-- text";
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    });
  }

  private static String fill(String unit) {
    StringBuilder out = new StringBuilder(SIZE + unit.length()).append("Start ");
    while (out.length() < SIZE) {
      out.append(unit);
    }
    return out.append(" end").toString();
  }

  @Benchmark
  public ValidArticle validateAndNormalize() throws RejectedException {
    return validator.validate(submission, Instant.parse("2026-12-01T00:00:00Z"));
  }
}
