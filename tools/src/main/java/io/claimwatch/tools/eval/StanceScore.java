package io.claimwatch.tools.eval;

import io.claimwatch.extraction.headline.HeadlineStance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Three-class stance quality: accuracy, macro-F1, per-class F1 and the confusion matrix
 * ({@code confusion.get(gold).get(predicted)} = count), keyed by Emergent labels.
 */
public record StanceScore(int total, double accuracy, double macroF1, Map<String, Double> f1ByClass,
                          Map<String, Map<String, Integer>> confusion) {

  public static StanceScore of(List<HeadlineStance> gold, List<HeadlineStance> predicted) {
    int k = HeadlineStance.values().length;
    int[][] m = new int[k][k];
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      m[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
      if (gold.get(i) == predicted.get(i)) {
        correct++;
      }
    }
    Map<String, Double> f1 = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    double sumF1 = 0;
    for (HeadlineStance g : HeadlineStance.values()) {
      int tp = m[g.ordinal()][g.ordinal()];
      int goldCount = 0;
      int predCount = 0;
      Map<String, Integer> row = new LinkedHashMap<>();
      for (HeadlineStance p : HeadlineStance.values()) {
        goldCount += m[g.ordinal()][p.ordinal()];
        predCount += m[p.ordinal()][g.ordinal()];
        row.put(p.label(), m[g.ordinal()][p.ordinal()]);
      }
      confusion.put(g.label(), row);
      double f = goldCount + predCount == 0 ? 0 : 2.0 * tp / (goldCount + predCount);
      f1.put(g.label(), f);
      sumF1 += f;
    }
    double accuracy = gold.isEmpty() ? 0 : (double) correct / gold.size();
    return new StanceScore(gold.size(), accuracy, sumF1 / k, f1, confusion);
  }
}
