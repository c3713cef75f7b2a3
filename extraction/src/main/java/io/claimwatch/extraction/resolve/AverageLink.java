package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.embed.Vectors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Greedy average-link agglomerative clustering of weighted atoms (groups of identical mention vectors): repeatedly
 * merge the pair of groups with the highest size-weighted mean pairwise cosine while it reaches the threshold, the
 * first such pair in atom order on ties. Each row keeps its best partner among the later rows, so a merge costs
 * O(n) plus a rescan of the rows whose best partner took part in it, instead of a scan of all pairs: about O(n²)
 * overall rather than O(n³), with the same merges as the all-pairs scan.
 *
 * <p>Two groups that hold mentions of one article are separate statements of that article, so they merge only at
 * the stricter same-article threshold ({@link ResolverSettings#sameArticleThreshold}); a merge only adds articles to
 * a group, so a pair that was not allowed never becomes allowed.
 */
final class AverageLink {
  private final int n;
  private final double[][] sim;
  private final int[] size;
  private final boolean[] alive;
  private final int[] best;
  private final double[] bestSim;
  private final List<List<StoredMention>> members;
  private final List<Set<String>> articles;
  private final double threshold;
  private final double sameArticleThreshold;

  AverageLink(List<List<StoredMention>> atoms, double threshold, double sameArticleThreshold) {
    this.n = atoms.size();
    this.threshold = threshold;
    this.sameArticleThreshold = sameArticleThreshold;
    this.sim = new double[n][n];
    this.size = new int[n];
    this.alive = new boolean[n];
    this.best = new int[n];
    this.bestSim = new double[n];
    this.members = new ArrayList<>(n);
    this.articles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      float[] vi = atoms.get(i).get(0).vector();
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = Vectors.dot(vi, atoms.get(j).get(0).vector());
        sim[j][i] = sim[i][j];
      }
      size[i] = atoms.get(i).size();
      alive[i] = true;
      members.add(new ArrayList<>(atoms.get(i)));
      Set<String> own = new HashSet<>();
      atoms.get(i).forEach(m -> own.add(ClaimIds.articleOf(m.mentionId())));
      articles.add(own);
    }
    for (int i = 0; i < n; i++) {
      rescan(i);
    }
  }

  /** Runs the merges and returns the groups left (unordered members). */
  List<List<StoredMention>> groups() {
    for (int i = pick(); i >= 0; i = pick()) {
      merge(i, best[i]);
    }
    List<List<StoredMention>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (alive[i]) {
        out.add(members.get(i));
      }
    }
    return out;
  }

  /** The row of the best pair overall when it reaches the threshold, else -1. */
  private int pick() {
    int row = -1;
    for (int i = 0; i < n; i++) {
      if (alive[i] && best[i] >= 0 && (row < 0 ? bestSim[i] >= threshold : bestSim[i] > bestSim[row])) {
        row = i;
      }
    }
    return row;
  }

  private void merge(int a, int b) {
    for (int k = 0; k < n; k++) {
      if (alive[k] && k != a && k != b) {
        sim[a][k] = (size[a] * sim[a][k] + size[b] * sim[b][k]) / (size[a] + size[b]);
        sim[k][a] = sim[a][k];
      }
    }
    size[a] += size[b];
    alive[b] = false;
    members.get(a).addAll(members.get(b));
    articles.get(a).addAll(articles.get(b));
    rescan(a);
    for (int k = 0; k < b; k++) {
      if (!alive[k] || k == a) {
        continue;
      }
      if (best[k] == a || best[k] == b) {
        rescan(k);
      } else if (k < a && linkable(k, a) == bestSim[k] && a < best[k]) {
        best[k] = a;
      }
    }
  }

  /** Recomputes row {@code i}'s best partner among the later live rows (the first on ties). */
  private void rescan(int i) {
    best[i] = -1;
    bestSim[i] = Double.NEGATIVE_INFINITY;
    for (int j = i + 1; j < n; j++) {
      double s = alive[j] ? linkable(i, j) : Double.NEGATIVE_INFINITY;
      if (s > bestSim[i]) {
        bestSim[i] = s;
        best[i] = j;
      }
    }
  }

  /** The pair's similarity when it may merge at all, else negative infinity. */
  private double linkable(int i, int j) {
    if (sim[i][j] < sameArticleThreshold && !Collections.disjoint(articles.get(i), articles.get(j))) {
      return Double.NEGATIVE_INFINITY;
    }
    return sim[i][j];
  }
}
