package io.claimwatch.benchmarks;

import io.claimwatch.localstack.articles.ArticleGenerator;
import io.claimwatch.localstack.articles.GeneratedArticle;
import io.claimwatch.benchmarks.harness.HarnessOptions;
import io.claimwatch.benchmarks.harness.IngestClient;
import io.claimwatch.benchmarks.harness.LatencyStats;
import io.claimwatch.benchmarks.harness.PassThroughBaseline;
import io.claimwatch.benchmarks.harness.PeakRss;
import io.claimwatch.benchmarks.harness.PipelineWatcher;
import io.claimwatch.benchmarks.harness.SeedArticles;
import io.claimwatch.localstack.LocalStack;
import io.claimwatch.localstack.StackPorts;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * End-to-end load harness (a {@code main}, not a test): starts the whole stack in-process with {@link LocalStack} on
 * free loopback ports, posts articles over the real ingest HTTP API with a fixed number of parallel senders, and
 * measures ingest acceptance rate, the time until every article's claims show up in {@code news.claims.status}, and
 * the per-status-record latency from {@code lastIngestedAt} to the moment the harness consumer saw the record. Posts
 * generated articles ({@link ArticleGenerator}; {@code --single-story}: all on one story) or, with {@code --seeds DIR},
 * the plain-text files of a directory; {@code --rate R} paces the posts at a steady R articles/s; {@code --baseline}
 * then sends the same payloads through three plain topic hops ({@link PassThroughBaseline}) and prints the ratio; the
 * summary ends with the stack's peak RSS ({@link PeakRss}).
 * Exit status: 0 when everything completed, 1 on failure or timeout, 2 on bad options. Needs
 * {@code -Dclaimwatch.apicurio.dir} (the registry) like the {@code claimwatch} CLI; see docs/benchmarks.md.
 */
public final class LoadHarness {
  private record Posted(String id, long acceptedAtMillis) {}

  private LoadHarness() {
  }

  public static void main(String[] args) {
    HarnessOptions options;
    try {
      options = HarnessOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("load harness: " + e.getMessage());
      System.err.println(HarnessOptions.USAGE);
      System.exit(2);
      return;
    }
    int status;
    try {
      status = run(options, System.out);
    } catch (Exception e) {
      System.err.println("load harness failed: " + e);
      e.printStackTrace(System.err);
      status = 1;
    }
    System.exit(status);
  }

  static int run(HarnessOptions options, PrintStream out) throws Exception {
    List<Map<String, Object>> submissions = options.seedsDir() != null
        ? SeedArticles.read(options.seedsDir()) : generated(options);
    long bytes = submissions.stream().mapToLong(s -> s.get("title").toString().length() + 1
        + s.get("body").toString().getBytes(StandardCharsets.UTF_8).length).sum();
    out.printf(Locale.ROOT, "load harness: %d articles (%s, %.1f KB on average), concurrency %d, batch size %d, %d partitions%s%s%n",
        submissions.size(), options.seedsDir() != null ? "files of " + options.seedsDir()
            : "generated, seed " + options.seed() + (options.singleStory() ? ", one story" : ""),
        bytes / 1024.0 / submissions.size(), options.concurrency(), options.batchSize(), options.partitions(),
        options.awaitEach() ? ", one at a time (--await-each)" : "",
        options.rate() > 0 ? String.format(Locale.ROOT, ", steady %.0f articles/s", options.rate()) : "");
    try (LocalStack stack = LocalStack.start(StackPorts.fromBase(0), options.partitions())) {
      out.printf(Locale.ROOT, "stack up in %.1f s (ingest on 127.0.0.1:%d)%n", stack.startupTime().toMillis() / 1000.0,
          stack.ports().ingest());
      int status;
      double throughput;
      try (PipelineWatcher watcher = new PipelineWatcher(stack.bootstrapServers(), stack.registryUrl())) {
        Outcome outcome = measure(submissions, options, stack, watcher, out);
        status = outcome.status();
        throughput = outcome.articlesPerSecond();
      }
      if (options.baseline()) {
        baseline(submissions, options, stack, throughput, out);
      }
      List<PeakRss.Sample> rss = PeakRss.samples();
      out.printf(Locale.ROOT, "%-36s %.0f MB (%s)%n", "peak RSS of the stack", PeakRss.totalKilobytes(rss) / 1024.0,
          String.join(", ", rss.stream().map(r -> r.command() + " " + r.pid() + ": " + r.kilobytes() / 1024 + " MB")
              .toList()));
      return status;
    }
  }

  /** Exit status of a measured run and its end-to-end throughput (0 when it did not complete). */
  private record Outcome(int status, double articlesPerSecond) {}

  private static void baseline(List<Map<String, Object>> submissions, HarnessOptions options, LocalStack stack,
      double throughput, PrintStream out) throws Exception {
    List<byte[]> payloads = submissions.stream()
        .map(s -> (s.get("title") + "\n" + s.get("body")).getBytes(StandardCharsets.UTF_8)).toList();
    PassThroughBaseline.Result pass = PassThroughBaseline.run(stack.bootstrapServers(), options.partitions(),
        payloads, options.timeout());
    out.printf(Locale.ROOT, "%-36s %d records through 3 hops in %.2f s (%.0f records/s)%n", "pass-through baseline",
        pass.records(), pass.seconds(), pass.perSecond());
    out.printf(Locale.ROOT, "%-36s %.4f (%.1f / %.0f articles/s)%n", "ClaimWatch / pass-through",
        throughput / pass.perSecond(), throughput, pass.perSecond());
  }

  private static Outcome measure(List<Map<String, Object>> submissions, HarnessOptions options, LocalStack stack,
      PipelineWatcher watcher, PrintStream out) throws Exception {
    IngestClient client = new IngestClient(stack.ports().ingest());
    long deadline = System.nanoTime() + options.timeout().toNanos();
    long start = System.nanoTime();
    List<Posted> posted = new ArrayList<>();
    if (options.awaitEach()) {
      return new Outcome(postOneByOne(submissions, options, client, watcher, out), 0);
    }
    ExecutorService senders = Executors.newFixedThreadPool(options.concurrency());
    try {
      List<Future<List<Posted>>> futures = new ArrayList<>();
      for (int from = 0; from < submissions.size(); from += options.batchSize()) {
        List<Map<String, Object>> batch =
            submissions.subList(from, Math.min(submissions.size(), from + options.batchSize()));
        if (options.rate() > 0) {
          long due = start + (long) (from / options.rate() * 1e9);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
        }
        futures.add(senders.submit(() -> {
          List<String> ids = client.post(batch);
          long acceptedAt = System.currentTimeMillis();
          return ids.stream().map(id -> new Posted(id, acceptedAt)).toList();
        }));
      }
      for (Future<List<Posted>> future : futures) {
        posted.addAll(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
    } catch (ExecutionException | TimeoutException e) {
      out.println("FAILED while posting: " + e);
      return new Outcome(1, 0);
    } finally {
      senders.shutdownNow();
    }
    long postNanos = System.nanoTime() - start;
    List<String> ids = posted.stream().map(Posted::id).distinct().toList();
    boolean complete = watcher.awaitComplete(ids, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    long endToEndNanos = System.nanoTime() - start;
    report(out, submissions.size(), ids.size(), postNanos, endToEndNanos, complete, posted, watcher);
    boolean done = complete && ids.size() == submissions.size();
    return new Outcome(done ? 0 : 1, done ? submissions.size() / (endToEndNanos / 1e9) : 0);
  }

  /** Each article alone in the pipeline: post, wait for its claims in status, then the next. */
  private static int postOneByOne(List<Map<String, Object>> submissions, HarnessOptions options, IngestClient client,
      PipelineWatcher watcher, PrintStream out) throws Exception {
    long deadline = System.nanoTime() + options.timeout().toNanos();
    long start = System.nanoTime();
    long postNanos = 0;
    List<Posted> posted = new ArrayList<>();
    boolean complete = true;
    for (Map<String, Object> submission : submissions) {
      long before = System.nanoTime();
      String id = client.post(List.of(submission)).getFirst();
      postNanos += System.nanoTime() - before;
      posted.add(new Posted(id, System.currentTimeMillis()));
      if (!watcher.awaitComplete(List.of(id), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
        complete = false;
        break;
      }
    }
    List<String> ids = posted.stream().map(Posted::id).distinct().toList();
    report(out, posted.size(), ids.size(), postNanos, System.nanoTime() - start, complete, posted, watcher);
    return complete && ids.size() == submissions.size() ? 0 : 1;
  }

  private static void report(PrintStream out, int sent, int distinct, long postNanos, long endToEndNanos,
      boolean complete, List<Posted> posted, PipelineWatcher watcher) {
    Map<String, Long> completedAt = watcher.completedAt();
    long[] perArticle = posted.stream().filter(p -> completedAt.containsKey(p.id()))
        .mapToLong(p -> completedAt.get(p.id()) - p.acceptedAtMillis()).toArray();
    long[] statusLatencies = watcher.statusLatencies();
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("articles accepted", sent + " posted, " + distinct + " distinct ids (HTTP 201)");
    lines.put("ingest acceptance", String.format(Locale.ROOT, "%.1f articles/s (%.2f s for all POSTs)",
        sent / (postNanos / 1e9), postNanos / 1e9));
    lines.put("end to end", complete
        ? String.format(Locale.ROOT, "%.2f s from first POST until every article's claims were in news.claims.status (%.1f articles/s)",
            endToEndNanos / 1e9, sent / (endToEndNanos / 1e9))
        : "TIMED OUT: " + completedAt.size() + " of " + distinct + " articles complete");
    lines.put("claims", watcher.claimsSeen() + " distinct claims in status records");
    lines.put("article accept -> claims in status", LatencyStats.of(perArticle).toString());
    lines.put("status lastIngestedAt -> seen", LatencyStats.of(statusLatencies).toString());
    out.println();
    out.println("== load harness summary ==");
    lines.forEach((k, v) -> out.printf(Locale.ROOT, "%-36s %s%n", k, v));
    if (statusLatencies.length <= 100) {
      out.printf("%-36s %s%n", "status latencies (ms, in order seen)", Arrays.toString(statusLatencies));
    }
  }

  private static List<Map<String, Object>> generated(HarnessOptions options) {
    List<Map<String, Object>> submissions = new ArrayList<>();
    ArticleGenerator generator = options.singleStory()
        ? ArticleGenerator.singleStory(options.seed()) : new ArticleGenerator(options.seed());
    for (GeneratedArticle article : generator.generate(options.articles())) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("url", article.url());
      json.put("publisher", article.publisher());
      json.put("publishedAt", article.publishedAt().toString());
      json.put("title", article.title());
      json.put("body", article.body());
      json.put("source", "load-harness");
      submissions.add(json);
    }
    return submissions;
  }
}
