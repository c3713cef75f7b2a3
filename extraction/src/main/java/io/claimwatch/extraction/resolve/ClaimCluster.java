package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.embed.Vectors;

/**
 * One claim as the resolver keeps it: the sum of its members' unit vectors (the centroid's direction), how many
 * members, the text of the mention that opened it, and when it was first and last mentioned (event time).
 */
public record ClaimCluster(String claimId, float[] vectorSum, int members, String text, long firstSeen,
                           long lastSeen) {

  /** The unit-length centroid. */
  public float[] centroid() {
    return Vectors.normalized(vectorSum);
  }

  ClaimCluster with(float[] vector, int sign, long at) {
    return new ClaimCluster(claimId, Vectors.plus(vectorSum, vector, sign), members + sign, text,
        Math.min(firstSeen, at), Math.max(lastSeen, at));
  }

  ClaimCluster absorbing(ClaimCluster other) {
    return new ClaimCluster(claimId, Vectors.plus(vectorSum, other.vectorSum, 1), members + other.members, text,
        Math.min(firstSeen, other.firstSeen), Math.max(lastSeen, other.lastSeen));
  }
}
