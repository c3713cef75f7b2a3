package io.claimwatch.tools.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise clustering quality: over all pairs of items, a pair is predicted-together when both got the same
 * produced id and truly-together when both share the gold id; precision, recall and F1 over those pairs.
 */
public record PairwiseScore(long truePairs, long predictedPairs, long goldPairs, double precision, double recall,
                            double f1, int predictedClusters, int goldClusters) {

  /** Scores produced ids against gold ids, index by index. */
  public static PairwiseScore of(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in size");
    }
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<String, Integer> predSizes = new HashMap<>();
    Map<String, Integer> jointSizes = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      goldSizes.merge(gold.get(i), 1, Integer::sum);
      predSizes.merge(predicted.get(i), 1, Integer::sum);
      jointSizes.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    long tp = pairs(jointSizes);
    long pp = pairs(predSizes);
    long gp = pairs(goldSizes);
    double p = pp == 0 ? 0 : (double) tp / pp;
    double r = gp == 0 ? 0 : (double) tp / gp;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new PairwiseScore(tp, pp, gp, p, r, f, predSizes.size(), goldSizes.size());
  }

  private static long pairs(Map<String, Integer> sizes) {
    long sum = 0;
    for (int n : sizes.values()) {
      sum += (long) n * (n - 1) / 2;
    }
    return sum;
  }
}
