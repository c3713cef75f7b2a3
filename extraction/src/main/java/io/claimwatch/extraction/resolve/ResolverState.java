package io.claimwatch.extraction.resolve;

import java.util.List;
import java.util.Optional;

/**
 * Where the resolver keeps its state: in memory for an offline run, in Kafka Streams state stores (with changelogs)
 * in the pipeline. Keys are plain strings so any key-value store serves.
 */
public interface ResolverState {

  Optional<ClaimCluster> cluster(String claimId);

  void putCluster(ClaimCluster cluster);

  void removeCluster(String claimId);

  /** Every cluster, for rebuilding the in-memory index on start. */
  List<ClaimCluster> allClusters();

  Optional<StoredMention> mention(String mentionId);

  void putMention(StoredMention mention);

  void removeMention(String mentionId);

  /** Ids of the mentions currently assigned to a claim. */
  List<String> members(String claimId);

  void addMember(String claimId, String mentionId);

  void removeMember(String claimId, String mentionId);

  /** Records that {@code claimId} was merged into {@code survivor}. */
  void putRedirect(String claimId, String survivor);

  Optional<String> redirect(String claimId);

  /** Marks a claim whose neighbourhood is to be regrouped (kept until {@link #clearRegroup}). */
  void markRegroup(String claimId);

  void clearRegroup(String claimId);

  /** The claims marked for regrouping, in id order. */
  List<String> pendingRegroups();

  /** Every title question kept for re-linking ({@link QuestionLinks}), for rebuilding its in-memory copy on start. */
  List<StoredQuestion> allQuestions();

  void putQuestion(StoredQuestion question);

  void removeQuestion(String questionId);
}
