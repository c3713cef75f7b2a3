package io.claimwatch.benchmarks.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Command-line options of {@link io.claimwatch.benchmarks.LoadHarness}. Counts and times are bounded so that a typo
 * cannot start an unbounded run on a shared machine.
 *
 * @param articles generated articles to post (ignored with {@code seedsDir})
 * @param concurrency parallel HTTP senders
 * @param batchSize articles per POST (1: one JSON object per request, else a JSON array)
 * @param partitions partitions of every pipeline topic
 * @param timeout limit for the whole run after the stack is up (posting and draining)
 * @param seed generator seed
 * @param awaitEach post one article at a time and wait until its claims are in the status topic before the next
 *     (latency of an otherwise idle pipeline; concurrency and batch size are then 1)
 * @param seedsDir when set, post the plain-text files of this directory (first line title) instead of generated ones
 * @param rate steady arrival rate in articles per second (0: post as fast as the senders can)
 * @param singleStory generate every article about one story (one claim with thousands of articles)
 * @param baseline after the run, send the same payloads through three plain topic hops on the same broker and print
 *     ClaimWatch's throughput as a ratio of that pass-through
 */
public record HarnessOptions(int articles, int concurrency, int batchSize, int partitions, Duration timeout,
    long seed, boolean awaitEach, Path seedsDir, double rate, boolean singleStory, boolean baseline) {
  public static final String USAGE = """
      usage: LoadHarness [--articles N (1..20000, default 300)] [--concurrency C (1..64, default 4)]
                         [--batch-size B (1..1000, default 1)]
                         [--partitions P (1..32, default 3)] [--timeout-seconds S (10..3600, default 600)]
                         [--seed S (default 20260401)] [--await-each] [--seeds DIR]
                         [--rate R (articles/s, 1..5000; default: as fast as possible)] [--single-story] [--baseline]""";

  public static HarnessOptions parse(List<String> args) {
    int articles = 300;
    int concurrency = 4;
    int batchSize = 1;
    int partitions = 3;
    int timeoutSeconds = 600;
    long seed = 20_260_401L;
    boolean awaitEach = false;
    Path seeds = null;
    double rate = 0;
    boolean singleStory = false;
    boolean baseline = false;
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (name.equals("--help") || name.equals("-h")) {
        throw new IllegalArgumentException("help requested");
      }
      if (name.equals("--await-each")) {
        awaitEach = true;
        continue;
      }
      if (name.equals("--single-story")) {
        singleStory = true;
        continue;
      }
      if (name.equals("--baseline")) {
        baseline = true;
        continue;
      }
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      String value = args.get(++i);
      switch (name) {
        case "--articles" -> articles = bounded(name, value, 1, 20_000);
        case "--concurrency" -> concurrency = bounded(name, value, 1, 64);
        case "--batch-size" -> batchSize = bounded(name, value, 1, 1_000);
        case "--partitions" -> partitions = bounded(name, value, 1, 32);
        case "--timeout-seconds" -> timeoutSeconds = bounded(name, value, 10, 3_600);
        case "--seed" -> seed = number(name, value);
        case "--rate" -> rate = bounded(name, value, 1, 5_000);
        case "--seeds" -> {
          seeds = Path.of(value);
          if (!Files.isDirectory(seeds)) {
            throw new IllegalArgumentException("--seeds " + value + " is not a directory");
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    if (awaitEach) {
      concurrency = 1;
      batchSize = 1;
    }
    return new HarnessOptions(articles, concurrency, batchSize, partitions, Duration.ofSeconds(timeoutSeconds), seed,
        awaitEach, seeds, rate, singleStory, baseline);
  }

  private static int bounded(String name, String value, int min, int max) {
    long n = number(name, value);
    if (n < min || n > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
    }
    return (int) n;
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
    }
  }
}
