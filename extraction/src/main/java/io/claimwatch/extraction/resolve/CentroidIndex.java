package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.embed.Vectors;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

  private final Map<String, float[]> centroids = new HashMap<>();
  private final Map<String, Long> lastSeen = new HashMap<>();
  private final TreeSet<Expiry> byLastSeen = new TreeSet<>(
      Comparator.comparingLong(Expiry::lastSeen).thenComparing(Expiry::claimId));

  void put(ClaimCluster cluster) {
    remove(cluster.claimId());
    centroids.put(cluster.claimId(), cluster.centroid());
    lastSeen.put(cluster.claimId(), cluster.lastSeen());
    byLastSeen.add(new Expiry(cluster.lastSeen(), cluster.claimId()));
  }

  void remove(String claimId) {
    centroids.remove(claimId);
    Long seen = lastSeen.remove(claimId);
    if (seen != null) {
      byLastSeen.remove(new Expiry(seen, claimId));
    }
  }

  int size() {
    return centroids.size();
  }

  /** The most similar claim other than {@code except} (null for none); ties go to the smaller id. */
  Optional<Hit> nearest(float[] probe, String except) {
    String best = null;
    double bestSim = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, float[]> e : centroids.entrySet()) {
      if (e.getKey().equals(except)) {
        continue;
      }
      double sim = Vectors.dot(probe, e.getValue());
      if (sim > bestSim || sim == bestSim && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestSim = sim;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Hit(best, bestSim));
  }

  /** The claim mentioned longest ago, if it was last mentioned before {@code cutoff}. */
  Optional<String> expiredBefore(long cutoff) {
    if (byLastSeen.isEmpty() || byLastSeen.first().lastSeen() >= cutoff) {
      return Optional.empty();
    }
    return Optional.of(byLastSeen.first().claimId());
  }
}
