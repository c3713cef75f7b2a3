package io.claimwatch.extraction.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Resolver state in plain maps, for offline runs ({@code claimwatch analyze}, evaluation) and tests. */
public final class InMemoryResolverState implements ResolverState {
  private final Map<String, ClaimCluster> clusters = new HashMap<>();
  private final Map<String, StoredMention> mentions = new HashMap<>();
  private final Map<String, Set<String>> members = new HashMap<>();
  private final Map<String, String> redirects = new HashMap<>();
  private final Set<String> pending = new TreeSet<>();
  private final Map<String, StoredQuestion> questions = new HashMap<>();

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
    clusters.remove(claimId);
  }

  @Override
  public List<ClaimCluster> allClusters() {
    return new ArrayList<>(clusters.values());
  }

  @Override
  public Optional<StoredMention> mention(String mentionId) {
    return Optional.ofNullable(mentions.get(mentionId));
  }

  @Override
  public void putMention(StoredMention mention) {
    mentions.put(mention.mentionId(), mention);
  }

  @Override
  public void removeMention(String mentionId) {
    mentions.remove(mentionId);
  }

  @Override
  public List<String> members(String claimId) {
    return new ArrayList<>(members.getOrDefault(claimId, Set.of()));
  }

  @Override
  public void addMember(String claimId, String mentionId) {
    members.computeIfAbsent(claimId, k -> new LinkedHashSet<>()).add(mentionId);
  }

  @Override
  public void removeMember(String claimId, String mentionId) {
    Set<String> set = members.get(claimId);
    if (set != null && set.remove(mentionId) && set.isEmpty()) {
      members.remove(claimId);
    }
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
    pending.add(claimId);
  }

  @Override
  public void clearRegroup(String claimId) {
    pending.remove(claimId);
  }

  @Override
  public List<String> pendingRegroups() {
    return new ArrayList<>(pending);
  }

  @Override
  public List<StoredQuestion> allQuestions() {
    return new ArrayList<>(questions.values());
  }

  @Override
  public void putQuestion(StoredQuestion question) {
    questions.put(question.questionId(), question);
  }

  @Override
  public void removeQuestion(String questionId) {
    questions.remove(questionId);
  }
}
