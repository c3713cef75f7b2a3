package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.embed.Vectors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The active claims' unit centroids in memory, for nearest-claim search by exact scan (cheaper than an HNSW graph
 * at the sizes an active window holds: a scan of 10,000 claims of 384 floats is a few milliseconds), plus their
 * last-mentioned times for expiry. Derived from {@link ResolverState}: rebuilt from it on start.
 */
final class CentroidIndex {
  /** A claim and its similarity to a probe vector. */
  record Hit(String claimId, double similarity) {
  }

  private record Expiry(long lastSeen, String claimId) {
  }

  private final Linkage linkage;
  /** Slot i holds claim ids.get(i) and its unit centroid multiplied by its linkage scale (one dot per similarity). */
  private final List<String> ids = new ArrayList<>();
  private final List<float[]> rows = new ArrayList<>();
  private final Map<String, Integer> slots = new HashMap<>();
  private final Map<String, Long> lastSeen = new HashMap<>();
  private final TreeSet<Expiry> byLastSeen = new TreeSet<>(
      Comparator.comparingLong(Expiry::lastSeen).thenComparing(Expiry::claimId));

  CentroidIndex(Linkage linkage) {
    this.linkage = linkage;
  }

  void put(ClaimCluster cluster) {
    remove(cluster.claimId());
    float[] row = cluster.centroid();
    float scale = (float) scale(cluster);
    for (int i = 0; i < row.length; i++) {
      row[i] *= scale;
    }
    slots.put(cluster.claimId(), ids.size());
    ids.add(cluster.claimId());
    rows.add(row);
    lastSeen.put(cluster.claimId(), cluster.lastSeen());
    byLastSeen.add(new Expiry(cluster.lastSeen(), cluster.claimId()));
  }

  void remove(String claimId) {
    Integer slot = slots.remove(claimId);
    if (slot != null) {
      int last = ids.size() - 1;
      if (slot != last) {
        ids.set(slot, ids.get(last));
        rows.set(slot, rows.get(last));
        slots.put(ids.get(slot), slot);
      }
      ids.remove(last);
      rows.remove(last);
    }
    Long seen = lastSeen.remove(claimId);
    if (seen != null) {
      byLastSeen.remove(new Expiry(seen, claimId));
    }
  }

  int size() {
    return ids.size();
  }

  /**
   * What the unit centroid is multiplied by to give the linkage's similarity: 1 for CENTROID; for AVERAGE the
   * length of the mean member vector, so that probe · centroid · scale = the mean cosine to the members.
   */
  private double scale(ClaimCluster cluster) {
    if (linkage == Linkage.CENTROID) {
      return 1.0;
    }
    return Math.sqrt(Vectors.dot(cluster.vectorSum(), cluster.vectorSum())) / cluster.members();
  }

  /** The linkage similarity of a unit vector to one claim, empty when the claim is not active. */
  OptionalDouble similarity(float[] probe, String claimId) {
    Integer slot = slots.get(claimId);
    return slot == null ? OptionalDouble.empty() : OptionalDouble.of(Vectors.dot(probe, rows.get(slot)));
  }

  /** The most similar claim to a unit vector other than {@code except} (null for none); ties to the smaller id. */
  Optional<Hit> nearest(float[] probe, String except) {
    return nearest(probe, 1.0, except);
  }

  /** As {@link #nearest(float[], String)} for a cluster's centroid, with the linkage's cluster-to-cluster measure. */
  Optional<Hit> nearest(ClaimCluster cluster) {
    return nearest(cluster.centroid(), scale(cluster), cluster.claimId());
  }

  private Optional<Hit> nearest(float[] probe, double probeScale, String except) {
    String best = null;
    double bestSim = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id.equals(except)) {
        continue;
      }
      double sim = Vectors.dot(probe, rows.get(i)) * probeScale;
      if (sim > bestSim || sim == bestSim && id.compareTo(best) < 0) {
        best = id;
        bestSim = sim;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Hit(best, bestSim));
  }

  /** Ids of the claims (the cluster's own included) whose linkage similarity to {@code cluster} is at least {@code min}. */
  List<String> near(ClaimCluster cluster, double min) {
    List<String> out = new ArrayList<>();
    float[] probe = cluster.centroid();
    double probeScale = scale(cluster);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id.equals(cluster.claimId()) || Vectors.dot(probe, rows.get(i)) * probeScale >= min) {
        out.add(id);
      }
    }
    Collections.sort(out);
    return out;
  }

  /** The claim mentioned longest ago, if it was last mentioned before {@code cutoff}. */
  Optional<String> expiredBefore(long cutoff) {
    if (byLastSeen.isEmpty() || byLastSeen.first().lastSeen() >= cutoff) {
      return Optional.empty();
    }
    return Optional.of(byLastSeen.first().claimId());
  }
}
