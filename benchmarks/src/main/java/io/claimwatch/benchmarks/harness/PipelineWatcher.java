package io.claimwatch.benchmarks.harness;

import io.claimwatch.platform.registry.HttpSchemaRegistryClient;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.serde.AvroDeserializer;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Attribution;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.MentionAssignment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows {@code news.articles.enriched}, {@code news.claims.mentions} and {@code news.claims.status}
 * (read_committed, from the start) on its own thread and keeps what the harness measures: for every status record,
 * the time it was seen minus its {@code lastIngestedAt}; for every article, when all of its claims have appeared in
 * a status that covers the article. An article's claims are the claims the resolver assigned to the mentions its
 * enriched record attributes evidence to (as enrich derives evidence), following reassignments by merges. A status
 * lists only a bounded sample of article ids, so "covers" means: lists it, or counts at least as many articles as
 * the claim had been assigned when the article's mention joined it (the claim's n-th article is taken as in once the
 * status counts n articles) — exact for the totals, an approximation of which article made it first when several are
 * in flight.
 */
public final class PipelineWatcher implements AutoCloseable {
  private final KafkaConsumer<String, byte[]> consumer;
  private final AvroDeserializer<EnrichedArticle> enrichedReader;
  private final AvroDeserializer<ClaimStatus> statusReader;
  private final AvroDeserializer<MentionAssignment> mentionReader;
  private final Thread thread;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition progress = lock.newCondition();
  private final Map<String, Set<String>> mentionsOfArticle = new HashMap<>();
  private final Map<String, String> claimOfMention = new HashMap<>();
  private final Map<String, Set<String>> articlesOfClaim = new HashMap<>();
  private final Map<String, Map<String, Integer>> enrichedOrder = new HashMap<>();
  private final Map<String, List<String>> enrichedArticles = new HashMap<>();
  private final Map<String, Integer> countedArticles = new HashMap<>();
  private final Map<String, Long> completedAt = new HashMap<>();
  private final List<Long> statusLatencies = new ArrayList<>();
  private volatile RuntimeException failure;

  public PipelineWatcher(String bootstrapServers, String registryUrl) {
    SchemaRegistryClient registry = new HttpSchemaRegistryClient(registryUrl);
    this.enrichedReader = new AvroDeserializer<>(registry, EnrichedArticle.class);
    this.statusReader = new AvroDeserializer<>(registry, ClaimStatus.class);
    this.mentionReader = new AvroDeserializer<>(registry, MentionAssignment.class);
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "load-harness-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(List.of(Topics.ARTICLES_ENRICHED, Topics.CLAIM_MENTIONS, Topics.CLAIMS_STATUS));
    this.thread = new Thread(this::run, "load-harness-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          long seenAt = System.currentTimeMillis();
          if (record.topic().equals(Topics.CLAIMS_STATUS)) {
            onStatus(statusReader.deserialize(record.topic(), record.value()), seenAt);
          } else if (record.topic().equals(Topics.CLAIM_MENTIONS)) {
            onAssignment(record.value() == null ? null : mentionReader.deserialize(record.topic(), record.value()),
                seenAt);
          } else {
            onEnriched(enrichedReader.deserialize(record.topic(), record.value()), seenAt);
          }
        }
      }
    } catch (WakeupException closing) {
      // close() asked the poll loop to stop
    } catch (RuntimeException e) {
      failure = e;
      signal();
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  private void onStatus(ClaimStatus status, long seenAt) {
    if (status == null) {
      return;
    }
    lock.lock();
    try {
      statusLatencies.add(seenAt - status.getLastIngestedAt().toEpochMilli());
      articlesOfClaim.computeIfAbsent(status.getClaimId(), c -> new HashSet<>()).addAll(status.getArticleIds());
      int before = countedArticles.getOrDefault(status.getClaimId(), 0);
      int counted = Math.max(before, status.getCounts().getArticles());
      countedArticles.put(status.getClaimId(), counted);
      for (String articleId : status.getArticleIds()) {
        checkComplete(articleId, seenAt);
      }
      List<String> inOrder = enrichedArticles.getOrDefault(status.getClaimId(), List.of());
      for (int i = before; i < Math.min(counted, inOrder.size()); i++) {
        checkComplete(inOrder.get(i), seenAt);
      }
      progress.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void onEnriched(EnrichedArticle article, long seenAt) {
    if (article == null) {
      return;
    }
    Set<String> mentions = new HashSet<>();
    for (Attribution attribution : article.getAttributions()) {
      if (attribution.getClaimId() != null) {
        mentions.add(attribution.getMentionId() != null ? attribution.getMentionId() : attribution.getClaimId());
      }
    }
    lock.lock();
    try {
      mentionsOfArticle.put(article.getArticleId(), mentions);
      mentions.forEach(m -> count(claimOfMention.get(m), article.getArticleId()));
      checkComplete(article.getArticleId(), seenAt);
      progress.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void onAssignment(MentionAssignment assignment, long seenAt) {
    if (assignment == null) {
      return;
    }
    lock.lock();
    try {
      String before = claimOfMention.put(assignment.getMentionId(), assignment.getClaimId());
      String article = assignment.getArticleId();
      Set<String> mentions = mentionsOfArticle.getOrDefault(article, Set.of());
      if (mentions.contains(assignment.getMentionId())) {
        if (before != null && !before.equals(assignment.getClaimId())
            && mentions.stream().noneMatch(m -> before.equals(claimOfMention.get(m)))) {
          uncount(before, article, seenAt);
        }
        count(assignment.getClaimId(), article);
        checkComplete(article, seenAt);
      }
      progress.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Notes that {@code articleId} carries evidence on {@code claim} (once per claim and article). */
  private void count(String claim, String articleId) {
    if (claim == null) {
      return;
    }
    Map<String, Integer> order = enrichedOrder.computeIfAbsent(claim, c -> new HashMap<>());
    if (!order.containsKey(articleId)) {
      List<String> list = enrichedArticles.computeIfAbsent(claim, c -> new ArrayList<>());
      order.put(articleId, list.size());
      list.add(articleId);
    }
  }

  /**
   * The article no longer carries evidence on {@code claim} (its mention moved): later articles move up, and those
   * that moved into the range the claim's latest status already counts are checked again (no later status of the
   * claim may come to do it).
   */
  private void uncount(String claim, String articleId, long seenAt) {
    List<String> list = enrichedArticles.get(claim);
    if (list == null || !list.remove(articleId)) {
      return;
    }
    Map<String, Integer> order = enrichedOrder.get(claim);
    order.clear();
    for (int i = 0; i < list.size(); i++) {
      order.put(list.get(i), i);
    }
    int counted = countedArticles.getOrDefault(claim, 0);
    for (String moved : List.copyOf(list.subList(0, Math.min(counted, list.size())))) {
      checkComplete(moved, seenAt);
    }
  }

  private void checkComplete(String articleId, long seenAt) {
    Set<String> mentions = mentionsOfArticle.get(articleId);
    if (mentions == null || completedAt.containsKey(articleId)) {
      return;
    }
    for (String mention : mentions) {
      String claim = claimOfMention.get(mention);
      if (claim == null) {
        return;
      }
      boolean listed = articlesOfClaim.getOrDefault(claim, Set.of()).contains(articleId);
      int position = enrichedOrder.getOrDefault(claim, Map.of()).getOrDefault(articleId, Integer.MAX_VALUE);
      if (!listed && position >= countedArticles.getOrDefault(claim, 0)) {
        return;
      }
    }
    completedAt.put(articleId, seenAt);
  }

  /** Blocks until every article in {@code articleIds} is complete; false on timeout. */
  public boolean awaitComplete(Collection<String> articleIds, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (!completedAt.keySet().containsAll(articleIds)) {
        if (failure != null) {
          throw new IllegalStateException("watcher failed: " + failure.getMessage(), failure);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        progress.awaitNanos(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Wall-clock millis when each completed article's claims were all seen in statuses. */
  public Map<String, Long> completedAt() {
    lock.lock();
    try {
      return Map.copyOf(completedAt);
    } finally {
      lock.unlock();
    }
  }

  public long[] statusLatencies() {
    lock.lock();
    try {
      return statusLatencies.stream().mapToLong(Long::longValue).toArray();
    } finally {
      lock.unlock();
    }
  }

  /** Distinct claims seen in status records so far. */
  public int claimsSeen() {
    lock.lock();
    try {
      return articlesOfClaim.size();
    } finally {
      lock.unlock();
    }
  }

  private void signal() {
    lock.lock();
    try {
      progress.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
