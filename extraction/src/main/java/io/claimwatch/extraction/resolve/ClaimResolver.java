package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.resolve.ResolutionEvent.Assigned;
import io.claimwatch.extraction.resolve.ResolutionEvent.Merged;
import io.claimwatch.extraction.resolve.ResolutionEvent.Unassigned;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claim identity by meaning. Each mention joins the active claim whose centroid is nearest to its embedding when
 * the cosine reaches the assign threshold, else opens a new claim. After every change the changed claim is
 * consolidated: while another claim's centroid has come within the merge threshold, the smaller of the two is
 * merged into the larger (ties: the older, then the smaller id), its mentions move, and its id redirects to the
 * survivor forever. Consolidation is what makes the final grouping nearly independent of arrival order.
 *
 * <p>Claims not mentioned within the active window (event time) are expired: their state is dropped and their ids
 * stay valid only where they were published. One instance is not thread-safe; the stream stage runs it on a
 * single partition.
 */
public final class ClaimResolver {
  private final ResolverState state;
  private final ResolverSettings settings;
  private final CentroidIndex index;
  private long streamTime = Long.MIN_VALUE;

  public ClaimResolver(ResolverState state, ResolverSettings settings) {
    this.state = state;
    this.settings = settings;
    this.index = new CentroidIndex(settings.linkage());
    for (ClaimCluster c : state.allClusters()) {
      index.put(c);
      streamTime = Math.max(streamTime, c.lastSeen());
    }
  }

  /** Number of active claims. */
  public int activeClaims() {
    return index.size();
  }

  /** The claim id a (possibly merged-away) id stands for now. */
  public String resolve(String claimId) {
    String id = claimId;
    for (int hops = 0; hops < 10_000; hops++) {
      Optional<String> next = state.redirect(id);
      if (next.isEmpty()) {
        return id;
      }
      id = next.get();
    }
    throw new IllegalStateException("redirect cycle at claim " + claimId);
  }

  /** Assigns a mention; a mention already assigned is answered again without change. */
  public List<ResolutionEvent> add(MentionVector m) {
    Optional<StoredMention> known = state.mention(m.mentionId());
    if (known.isPresent()) {
      StoredMention s = known.get();
      double sim = state.cluster(s.claimId()).map(c -> Vectors.dot(s.vector(), c.centroid())).orElse(1.0);
      return List.of(new Assigned(s.mentionId(), s.claimId(), sim, s.text(), m.eventTime()));
    }
    List<ResolutionEvent> events = new ArrayList<>();
    streamTime = Math.max(streamTime, m.eventTime());
    expire();
    Optional<CentroidIndex.Hit> hit = index.nearest(m.vector(), null);
    ClaimCluster cluster;
    double similarity;
    if (hit.isPresent() && hit.get().similarity() >= settings.assignThreshold()) {
      cluster = state.cluster(hit.get().claimId()).orElseThrow().with(m.vector(), 1, m.eventTime());
      similarity = hit.get().similarity();
    } else {
      cluster = new ClaimCluster(ClaimIds.claimIdFor(m.mentionId()), m.vector().clone(), 1, m.text(),
          m.eventTime(), m.eventTime());
      similarity = 1.0;
    }
    store(cluster);
    state.addMember(cluster.claimId(), m.mentionId());
    state.putMention(new StoredMention(m.mentionId(), cluster.claimId(), m.text(), m.vector(), m.eventTime()));
    events.add(new Assigned(m.mentionId(), cluster.claimId(), similarity, m.text(), m.eventTime()));
    consolidate(cluster.claimId(), m.eventTime(), events);
    return events;
  }

  /** Removes a retracted mention from its claim (a claim left without mentions is dropped). */
  public List<ResolutionEvent> remove(String mentionId, long at) {
    Optional<StoredMention> known = state.mention(mentionId);
    if (known.isPresent()) {
      StoredMention s = known.get();
      state.cluster(s.claimId()).ifPresent(c -> {
        ClaimCluster smaller = c.with(s.vector(), -1, c.lastSeen());
        if (smaller.members() <= 0) {
          drop(c.claimId());
        } else {
          store(smaller);
        }
      });
      state.removeMember(s.claimId(), mentionId);
      state.removeMention(mentionId);
    }
    return List.of(new Unassigned(mentionId, at));
  }

  private void consolidate(String claimId, long at, List<ResolutionEvent> events) {
    String current = claimId;
    while (true) {
      ClaimCluster c = state.cluster(current).orElseThrow();
      Optional<CentroidIndex.Hit> near = index.nearest(c);
      if (near.isEmpty() || near.get().similarity() < settings.mergeThreshold()) {
        return;
      }
      ClaimCluster other = state.cluster(near.get().claimId()).orElseThrow();
      boolean keepCurrent = survives(c, other);
      current = merge(keepCurrent ? c : other, keepCurrent ? other : c, near.get().similarity(), at, events);
    }
  }

  private static boolean survives(ClaimCluster a, ClaimCluster b) {
    if (a.members() != b.members()) {
      return a.members() > b.members();
    }
    if (a.firstSeen() != b.firstSeen()) {
      return a.firstSeen() < b.firstSeen();
    }
    return a.claimId().compareTo(b.claimId()) < 0;
  }

  private String merge(ClaimCluster survivor, ClaimCluster absorbed, double similarity, long at,
                       List<ResolutionEvent> events) {
    ClaimCluster merged = survivor.absorbing(absorbed);
    float[] centroid = merged.centroid();
    List<String> moved = state.members(absorbed.claimId());
    for (String mentionId : moved) {
      StoredMention s = state.mention(mentionId).orElseThrow();
      state.putMention(s.movedTo(survivor.claimId()));
      state.addMember(survivor.claimId(), mentionId);
      state.removeMember(absorbed.claimId(), mentionId);
      events.add(new Assigned(mentionId, survivor.claimId(), Vectors.dot(s.vector(), centroid), s.text(), at));
    }
    drop(absorbed.claimId());
    state.putRedirect(absorbed.claimId(), survivor.claimId());
    store(merged);
    events.add(new Merged(absorbed.claimId(), survivor.claimId(), similarity, moved.size(), at));
    return survivor.claimId();
  }

  private void expire() {
    long cutoff = streamTime - settings.activeWindow().toMillis();
    for (Optional<String> old = index.expiredBefore(cutoff); old.isPresent(); old = index.expiredBefore(cutoff)) {
      String claimId = old.get();
      for (String mentionId : state.members(claimId)) {
        state.removeMember(claimId, mentionId);
        state.removeMention(mentionId);
      }
      drop(claimId);
    }
  }

  private void store(ClaimCluster cluster) {
    state.putCluster(cluster);
    index.put(cluster);
  }

  private void drop(String claimId) {
    state.removeCluster(claimId);
    index.remove(claimId);
  }
}
