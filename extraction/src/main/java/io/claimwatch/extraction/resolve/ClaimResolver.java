package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.resolve.ResolutionEvent.Assigned;
import io.claimwatch.extraction.resolve.ResolutionEvent.Merged;
import io.claimwatch.extraction.resolve.ResolutionEvent.Unassigned;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Claim identity by meaning. Each mention joins the active claim whose centroid is nearest to its embedding when
 * the cosine reaches the assign threshold (the same-article threshold when that claim already holds a statement of
 * the mention's article), else opens a new claim. After every change the changed claim is
 * consolidated: while another claim's centroid has come within the merge threshold, the smaller of the two is
 * merged into the larger (ties: the older, then the smaller id), its mentions move, and its id redirects to the
 * survivor forever. Then the claim's neighbourhood is regrouped canonically ({@link CanonicalRegrouping}), which
 * makes the final grouping independent of arrival order: at once ({@link #add}) or for a batch of mentions
 * ({@link #assign}, then {@link #regroupPending}).
 *
 * <p>Claims not mentioned within the active window (event time) are expired: their state is dropped and their ids
 * stay valid only where they were published. One instance is not thread-safe; the stream stage runs it on a
 * single partition.
 */
public final class ClaimResolver {
  private final ResolverState state;
  private final ResolverSettings settings;
  private final ActiveClaims claims;
  private final CentroidIndex index;
  private final RegroupApplication regroups;
  private long streamTime;
  /** Mirror of the state's pending regroup marks (read from it once at start). */
  private final TreeSet<String> pending;

  public ClaimResolver(ResolverState state, ResolverSettings settings) {
    this.state = state;
    this.settings = settings;
    this.claims = new ActiveClaims(state, settings.linkage());
    this.index = claims.index();
    this.regroups = new RegroupApplication(state, claims, settings);
    this.pending = new TreeSet<>(state.pendingRegroups());
    this.streamTime = claims.lastSeenAtLoad();
  }

  /** Number of active claims. */
  public int activeClaims() {
    return index.size();
  }

  /**
   * Read-only: the active claim nearest to {@code vector} (average link) when it reaches the assign threshold, else
   * empty. Nothing is stored and no claim changes (a probe such as a title question, which is no claim mention).
   */
  public Optional<String> nearestClaim(float[] vector) {
    return nearestHit(vector).map(CentroidIndex.Hit::claimId);
  }

  /** The nearest active claim to {@code vector} (average link) when it reaches the assign threshold, with its similarity. */
  Optional<CentroidIndex.Hit> nearestHit(float[] vector) {
    return index.nearest(vector, null).filter(h -> h.similarity() >= settings.assignThreshold());
  }

  /** The similarity of {@code vector} to one active claim; empty when it is not active. */
  OptionalDouble similarity(float[] vector, String claimId) {
    return index.similarity(vector, claimId);
  }

  /** The latest event time seen. */
  long streamTime() {
    return streamTime;
  }

  ResolverSettings settings() {
    return settings;
  }

  /** The claims stored or dropped since the last call (what may have changed a read-only link). */
  Set<String> drainChangedClaims() {
    return claims.drainChanged();
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

  /**
   * Assigns a mention and regroups its claim's neighbourhood right away; a mention already assigned is answered again
   * without change. Same as {@link #assign} followed by {@link #regroupPending}.
   */
  public List<ResolutionEvent> add(MentionVector m) {
    List<ResolutionEvent> events = new ArrayList<>(assign(m));
    events.addAll(regroupPending());
    return events;
  }

  /**
   * Assigns a mention (nearest claim or a new one, then consolidation) and marks its claim for regrouping, which
   * {@link #regroupPending} does later: a stream stage regroups once per batch of mentions instead of once per
   * mention, and the grouping it reaches once the batch is regrouped is the same.
   */
  public List<ResolutionEvent> assign(MentionVector m) {
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
    if (hit.isPresent() && hit.get().similarity() >= settings.assignThreshold()
        && (hit.get().similarity() >= settings.sameArticleThreshold() || !statesArticle(hit.get().claimId(), m))) {
      cluster = state.cluster(hit.get().claimId()).orElseThrow().with(m.vector(), 1, m.eventTime());
      similarity = hit.get().similarity();
    } else {
      cluster = new ClaimCluster(freshId(m.mentionId()), m.vector().clone(), 1, m.text(),
          m.eventTime(), m.eventTime());
      similarity = 1.0;
    }
    claims.store(cluster);
    state.addMember(cluster.claimId(), m.mentionId());
    state.putMention(new StoredMention(m.mentionId(), cluster.claimId(), m.text(), m.vector(), m.eventTime()));
    events.add(new Assigned(m.mentionId(), cluster.claimId(), similarity, m.text(), m.eventTime()));
    String claim = consolidate(cluster.claimId(), m.eventTime(), events);
    if (settings.regroupLimit() > 0 && pending.add(claim)) {
      state.markRegroup(claim);
    }
    return events;
  }

  /** Whether the claim already holds a mention of the article {@code m} comes from. */
  private boolean statesArticle(String claimId, MentionVector m) {
    String article = ClaimIds.articleOf(m.mentionId());
    return state.members(claimId).stream().anyMatch(id -> ClaimIds.articleOf(id).equals(article));
  }

  /** Number of claims marked for regrouping. */
  public int pendingRegroups() {
    return pending.size();
  }

  /**
   * Regroups the neighbourhood of every claim marked since the last call (a claim merged away meanwhile stands for
   * its survivor; each survivor once), at the latest event time seen.
   */
  public List<ResolutionEvent> regroupPending() {
    List<ResolutionEvent> events = new ArrayList<>();
    Set<String> done = new HashSet<>();
    List<String> marks = new ArrayList<>(pending);
    pending.clear();
    for (String marked : marks) {
      state.clearRegroup(marked);
      String claim = resolve(marked);
      if (state.cluster(claim).isPresent() && done.add(claim)) {
        regroups.regroup(claim, streamTime, events, this::freshId);
      }
    }
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
          claims.drop(c.claimId());
        } else {
          claims.store(smaller);
        }
      });
      state.removeMember(s.claimId(), mentionId);
      state.removeMention(mentionId);
    }
    return List.of(new Unassigned(mentionId, at));
  }

  /** Merges while another claim is within the merge threshold; returns the claim the mentions ended up in. */
  private String consolidate(String claimId, long at, List<ResolutionEvent> events) {
    String current = claimId;
    while (true) {
      ClaimCluster c = state.cluster(current).orElseThrow();
      Optional<CentroidIndex.Hit> near = index.nearest(c);
      if (near.isEmpty() || near.get().similarity() < settings.mergeThreshold()) {
        return current;
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
      claims.move(state.mention(mentionId).orElseThrow(), survivor.claimId(), centroid, at, events);
    }
    claims.drop(absorbed.claimId());
    state.putRedirect(absorbed.claimId(), survivor.claimId());
    claims.store(merged);
    events.add(new Merged(absorbed.claimId(), survivor.claimId(), similarity, moved.size(), at));
    return survivor.claimId();
  }

  /** A claim id for a claim a mention opens, never one used before (merged-away ids redirect forever). */
  private String freshId(String openingMentionId) {
    String id = ClaimIds.claimIdFor(openingMentionId);
    for (int n = 1; state.redirect(id).isPresent() || state.cluster(id).isPresent(); n++) {
      id = ClaimIds.claimIdFor(openingMentionId + "#" + n);
    }
    return id;
  }

  private void expire() {
    claims.expireBefore(streamTime - settings.activeWindow().toMillis());
  }
}
