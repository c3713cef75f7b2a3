package io.claimwatch.extraction.resolve;

/**
 * How close a mention (or another claim) is to a claim. CENTROID: cosine to the claim's unit centroid. AVERAGE:
 * the mean cosine to the claim's members (the centroid's direction scaled by how tight the claim is), which keeps a
 * broad claim from attracting everything on its topic.
 */
public enum Linkage {
  CENTROID,
  AVERAGE
}
