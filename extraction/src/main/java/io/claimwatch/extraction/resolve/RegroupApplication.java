package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.resolve.ResolutionEvent.Merged;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One canonical regrouping of a changed claim's neighbourhood ({@link Neighbourhoods}, {@link CanonicalRegrouping}),
 * applied to the state: each new group keeps the published id it shares most mentions with, mentions whose claim
 * changed are moved and re-announced, and a published id no group keeps is merged (redirected) into the group holding
 * most of its mentions.
 */
final class RegroupApplication {
  private final ResolverState state;
  private final ActiveClaims claims;
  private final CanonicalRegrouping regrouping;
  private final Neighbourhoods neighbourhoods;

  RegroupApplication(ResolverState state, ActiveClaims claims, ResolverSettings settings) {
    this.state = state;
    this.claims = claims;
    this.regrouping = new CanonicalRegrouping(settings);
    this.neighbourhoods = new Neighbourhoods(state, claims.index(), settings);
  }

  /** Re-clusters the neighbourhood of {@code claimId} in canonical order; new claim ids come from {@code ids}. */
  void regroup(String claimId, long at, List<ResolutionEvent> events, CanonicalRegrouping.IdSource ids) {
    Map<String, ClaimCluster> before = neighbourhoods.around(claimId);
    if (before.isEmpty()) {
      return;
    }
    List<String> neighbourhood = new ArrayList<>(new TreeSet<>(before.keySet()));
    List<StoredMention> mentions = new ArrayList<>();
    for (String id : neighbourhood) {
      for (String mentionId : state.members(id)) {
        mentions.add(state.mention(mentionId).orElseThrow());
      }
    }
    apply(regrouping.plan(mentions, ids), neighbourhood, before, at, events);
  }

  /** {@code before}: the neighbourhood's clusters as they were when its mentions were read. */
  private void apply(CanonicalRegrouping.Plan plan, List<String> neighbourhood, Map<String, ClaimCluster> before,
                     long at, List<ResolutionEvent> events) {
    Map<String, Integer> moved = new HashMap<>();
    for (int i = 0; i < plan.groups().size(); i++) {
      String id = plan.groupIds().get(i);
      List<StoredMention> group = plan.groups().get(i);
      float[] sum = new float[group.get(0).vector().length];
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (StoredMention m : group) {
        sum = Vectors.plus(sum, m.vector(), 1);
        first = Math.min(first, m.eventTime());
        last = Math.max(last, m.eventTime());
      }
      String text = before.containsKey(id) ? before.get(id).text() : group.get(0).text();
      ClaimCluster cluster = new ClaimCluster(id, sum, group.size(), text, first, last);
      float[] centroid = cluster.centroid();
      for (StoredMention m : group) {
        if (!m.claimId().equals(id)) {
          moved.merge(m.claimId(), 1, Integer::sum);
          claims.move(m, id, centroid, at, events);
        }
      }
      claims.store(cluster);
    }
    for (String old : neighbourhood) {
      if (!plan.groupIds().contains(old)) {
        claims.drop(old);
        String into = plan.retired().get(old);
        state.putRedirect(old, into);
        double similarity = Vectors.dot(before.get(old).centroid(), state.cluster(into).orElseThrow().centroid());
        events.add(new Merged(old, into, similarity, moved.getOrDefault(old, 0), at));
      }
    }
  }
}
