package io.claimwatch.extraction.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims a regrouping re-clusters around a changed claim: those within the neighbour margin of it, of those, and
 * so on, so that the plan does not depend on which claim of a story changed last; when that closure holds more than
 * the regroup limit of mentions or more than {@value #MAX_CLOSURE_CLAIMS} claims, only the first ring (the claims near
 * the changed one), when it is small enough. Each claim reached costs one scan of the active claims, so the closure's
 * claim count is what bounds the search.
 */
final class Neighbourhoods {
  /** How much looser than the assign threshold a claim may be and still count as a neighbour for regrouping. */
  static final double NEIGHBOUR_MARGIN = 0.10;
  /** The most claims a transitive search visits before it falls back to the first ring. */
  static final int MAX_CLOSURE_CLAIMS = 32;

  private enum Reach { FIRST_RING, TRANSITIVE }

  private final ResolverState state;
  private final CentroidIndex index;
  private final ResolverSettings settings;

  Neighbourhoods(ResolverState state, CentroidIndex index, ResolverSettings settings) {
    this.state = state;
    this.index = index;
    this.settings = settings;
  }

  /** The neighbourhood's clusters by id ({@code claimId}'s own included); empty when even the first ring is too big. */
  Map<String, ClaimCluster> around(String claimId) {
    Map<String, ClaimCluster> closure = collect(claimId, Reach.TRANSITIVE);
    return closure.isEmpty() ? collect(claimId, Reach.FIRST_RING) : closure;
  }

  private Map<String, ClaimCluster> collect(String claimId, Reach reach) {
    Map<String, ClaimCluster> found = new HashMap<>();
    List<String> frontier = new ArrayList<>(List.of(claimId));
    Set<String> seen = new HashSet<>(frontier);
    long size = 0;
    while (!frontier.isEmpty()) {
      ClaimCluster c = state.cluster(frontier.remove(frontier.size() - 1)).orElseThrow();
      found.put(c.claimId(), c);
      size += c.members();
      if (size > settings.regroupLimit() || reach == Reach.TRANSITIVE && found.size() > MAX_CLOSURE_CLAIMS) {
        return Map.of();
      }
      if (reach == Reach.TRANSITIVE || c.claimId().equals(claimId)) {
        for (String id : index.near(c, settings.assignThreshold() - NEIGHBOUR_MARGIN)) {
          if (seen.add(id)) {
            frontier.add(id);
          }
        }
      }
    }
    return found;
  }
}
