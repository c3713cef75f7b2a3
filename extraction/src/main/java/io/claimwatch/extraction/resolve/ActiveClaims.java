package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.resolve.ResolutionEvent.Assigned;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The resolver's active claims: every write of a cluster goes to the {@link ResolverState} and to the in-memory
 * {@link CentroidIndex} together (the index is rebuilt from the state on start), and each claim stored or dropped is
 * remembered until {@link #drainChanged}, so read-only links ({@link QuestionLinks}) know what may have moved.
 */
final class ActiveClaims {
  private final ResolverState state;
  private final CentroidIndex index;
  private final Set<String> changed = new HashSet<>();
  /** The latest time a claim of the state was mentioned when it was loaded (Long.MIN_VALUE for none). */
  private final long lastSeenAtLoad;

  ActiveClaims(ResolverState state, Linkage linkage) {
    this.state = state;
    this.index = new CentroidIndex(linkage);
    long lastSeen = Long.MIN_VALUE;
    for (ClaimCluster c : state.allClusters()) {
      index.put(c);
      lastSeen = Math.max(lastSeen, c.lastSeen());
    }
    this.lastSeenAtLoad = lastSeen;
  }

  /** The latest time any claim in the state was mentioned when it was loaded: the stream time to resume from. */
  long lastSeenAtLoad() {
    return lastSeenAtLoad;
  }

  CentroidIndex index() {
    return index;
  }

  void store(ClaimCluster cluster) {
    state.putCluster(cluster);
    index.put(cluster);
    changed.add(cluster.claimId());
  }

  void drop(String claimId) {
    state.removeCluster(claimId);
    index.remove(claimId);
    changed.add(claimId);
  }

  /** Moves a stored mention to claim {@code to} and announces it (similarity to the claim's new centroid). */
  void move(StoredMention m, String to, float[] centroid, long at, List<ResolutionEvent> events) {
    state.removeMember(m.claimId(), m.mentionId());
    state.addMember(to, m.mentionId());
    state.putMention(m.movedTo(to));
    events.add(new Assigned(m.mentionId(), to, Vectors.dot(m.vector(), centroid), m.text(), at));
  }

  /** Drops every claim last mentioned before {@code cutoff}, with its mentions. */
  void expireBefore(long cutoff) {
    for (Optional<String> old = index.expiredBefore(cutoff); old.isPresent(); old = index.expiredBefore(cutoff)) {
      String claimId = old.get();
      for (String mentionId : state.members(claimId)) {
        state.removeMember(claimId, mentionId);
        state.removeMention(mentionId);
      }
      drop(claimId);
    }
  }

  /** The claims stored or dropped since the last call. */
  Set<String> drainChanged() {
    Set<String> out = Set.copyOf(changed);
    changed.clear();
    return out;
  }
}
