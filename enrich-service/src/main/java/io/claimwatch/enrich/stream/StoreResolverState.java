package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.lru.LruMap;
import io.claimwatch.extraction.resolve.ClaimCluster;
import io.claimwatch.extraction.resolve.ResolverState;
import io.claimwatch.extraction.resolve.StoredMention;
import io.claimwatch.extraction.resolve.StoredQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The claim resolver's state in six persistent Kafka Streams stores (each with a changelog, so it is restored on
 * restart or on another instance): clusters by claim id, mentions by mention id, membership as
 * {@code claimId + '\u0000' + mentionId} keys read by prefix scan, redirects of merged claim ids, the title questions
 * linked read-only to claims, and the claims whose regrouping is still due (so a restart between a mention and its regrouping does not skip it). Regrouping
 * reads a neighbourhood's mentions (up to the regroup limit) again and again, so the last {@value #MENTION_CACHE}
 * mentions read or written are also kept decoded in memory (about 1.6 KB each); every write goes through this class,
 * so the copy never differs from the store.
 */
final class StoreResolverState implements ResolverState {
  static final String CLUSTERS = "resolver-clusters";
  static final String MENTIONS = "resolver-mentions";
  static final String MEMBERS = "resolver-members";
  static final String REDIRECTS = "resolver-redirects";
  static final String PENDING = "resolver-pending-regroups";
  static final String QUESTIONS = "resolver-questions";
  private static final char SEPARATOR = '\u0000';
  static final int MENTION_CACHE = 20_000;

  private final KeyValueStore<String, ClaimCluster> clusters;
  private final KeyValueStore<String, StoredMention> mentions;
  private final KeyValueStore<String, String> members;
  private final KeyValueStore<String, String> redirects;
  private final KeyValueStore<String, String> pending;
  private final KeyValueStore<String, StoredQuestion> questions;
  private final Map<String, StoredMention> recentMentions = new LruMap<>(MENTION_CACHE);

  StoreResolverState(ProcessorContext<?, ?> context) {
    this.clusters = context.getStateStore(CLUSTERS);
    this.mentions = context.getStateStore(MENTIONS);
    this.members = context.getStateStore(MEMBERS);
    this.redirects = context.getStateStore(REDIRECTS);
    this.pending = context.getStateStore(PENDING);
    this.questions = context.getStateStore(QUESTIONS);
  }

  @Override
  public Optional<ClaimCluster> cluster(String claimId) {
    return Optional.ofNullable(clusters.get(claimId));
  }

  @Override
  public void putCluster(ClaimCluster cluster) {
    clusters.put(cluster.claimId(), cluster);
  }

  @Override
  public void removeCluster(String claimId) {
    clusters.delete(claimId);
  }

  @Override
  public List<ClaimCluster> allClusters() {
    List<ClaimCluster> out = new ArrayList<>();
    try (KeyValueIterator<String, ClaimCluster> all = clusters.all()) {
      all.forEachRemaining(kv -> out.add(kv.value));
    }
    return out;
  }

  @Override
  public Optional<StoredMention> mention(String mentionId) {
    StoredMention cached = recentMentions.get(mentionId);
    if (cached != null) {
      return Optional.of(cached);
    }
    StoredMention stored = mentions.get(mentionId);
    if (stored != null) {
      recentMentions.put(mentionId, stored);
    }
    return Optional.ofNullable(stored);
  }

  @Override
  public void putMention(StoredMention mention) {
    mentions.put(mention.mentionId(), mention);
    recentMentions.put(mention.mentionId(), mention);
  }

  @Override
  public void removeMention(String mentionId) {
    mentions.delete(mentionId);
    recentMentions.remove(mentionId);
  }

  @Override
  public List<String> members(String claimId) {
    List<String> out = new ArrayList<>();
    String prefix = claimId + SEPARATOR;
    try (KeyValueIterator<String, String> it = members.prefixScan(prefix, new StringSerializer())) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        out.add(kv.key.substring(prefix.length()));
      }
    }
    return out;
  }

  @Override
  public void addMember(String claimId, String mentionId) {
    members.put(claimId + SEPARATOR + mentionId, "");
  }

  @Override
  public void removeMember(String claimId, String mentionId) {
    members.delete(claimId + SEPARATOR + mentionId);
  }

  @Override
  public void putRedirect(String claimId, String survivor) {
    redirects.put(claimId, survivor);
  }

  @Override
  public Optional<String> redirect(String claimId) {
    return Optional.ofNullable(redirects.get(claimId));
  }

  @Override
  public void markRegroup(String claimId) {
    pending.put(claimId, "");
  }

  @Override
  public void clearRegroup(String claimId) {
    pending.delete(claimId);
  }

  @Override
  public List<String> pendingRegroups() {
    List<String> out = new ArrayList<>();
    try (KeyValueIterator<String, String> all = pending.all()) {
      all.forEachRemaining(kv -> out.add(kv.key));
    }
    out.sort(null);
    return out;
  }

  @Override
  public List<StoredQuestion> allQuestions() {
    List<StoredQuestion> out = new ArrayList<>();
    try (KeyValueIterator<String, StoredQuestion> all = questions.all()) {
      all.forEachRemaining(kv -> out.add(kv.value));
    }
    return out;
  }

  @Override
  public void putQuestion(StoredQuestion question) {
    questions.put(question.questionId(), question);
  }

  @Override
  public void removeQuestion(String questionId) {
    questions.delete(questionId);
  }
}
