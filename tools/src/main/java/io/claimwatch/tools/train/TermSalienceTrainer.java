package io.claimwatch.tools.train;

import io.claimwatch.extraction.claim.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains {@link TermSalience} from headlines grouped by claim. Listwise: each headline's candidate terms compete in a
 * softmax whose target is proportional to the share of the claim's other headlines containing each stem, so the
 * model learns which term of a text other wordings of the claim will also pick; its claim-frequency
 * feature counts only OTHER claims using the stem, which mimics a claim never seen in training. Cross-entropy,
 * AdaGrad, fixed visiting order: reproducible.
 */
public final class TermSalienceTrainer {

  /** One training text and the claim it belongs to. */
  public record GroupedText(String group, String text) {
  }

  private TermSalienceTrainer() {
  }

  public static TermSalience train(List<GroupedText> texts, ClaimCanonicalizer analyzer, int epochs) {
    Map<String, List<Set<String>>> stemsByGroup = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    List<List<StemmedTerms.Term>> analyzed = new ArrayList<>();
    for (GroupedText t : texts) {
      List<StemmedTerms.Term> candidates = analyzer.candidateTerms(t.text());
      analyzed.add(candidates);
      Set<String> stems = new HashSet<>();
      candidates.forEach(c -> stems.add(c.stem()));
      stemsByGroup.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(stems);
    }
    Map<String, Map<String, Integer>> groupDf = new HashMap<>();
    stemsByGroup.forEach((g, list) -> {
      Map<String, Integer> m = new HashMap<>();
      list.forEach(set -> set.forEach(s -> m.merge(s, 1, Integer::sum)));
      groupDf.put(g, m);
      m.keySet().forEach(s -> df.merge(s, 1, Integer::sum));
    });
    List<List<List<String>>> lists = new ArrayList<>();
    List<double[]> targets = new ArrayList<>();
    for (int n = 0; n < texts.size(); n++) {
      String group = texts.get(n).group();
      int others = stemsByGroup.get(group).size() - 1;
      if (others == 0) {
        continue;
      }
      List<StemmedTerms.Term> candidates = analyzed.get(n);
      Set<String> done = new HashSet<>();
      List<List<String>> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      double total = 0;
      for (int i = 0; i < candidates.size(); i++) {
        String stem = candidates.get(i).stem();
        if (!done.add(stem)) {
          continue;
        }
        int inGroup = groupDf.get(group).get(stem);
        xs.add(TermSalience.features(candidates.get(i), df.get(stem) - 1));
        double share = (inGroup - 1.0) / others;
        ys.add(share);
        total += share;
      }
      if (total > 0 && xs.size() > 1) {
        double[] q = new double[ys.size()];
        for (int j = 0; j < q.length; j++) {
          q[j] = ys.get(j) / total;
        }
        lists.add(xs);
        targets.add(q);
      }
    }
    Map<String, Double> w = new HashMap<>();
    Map<String, Double> g2 = new HashMap<>();
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int k = 0; k < lists.size(); k++) {
        List<List<String>> xs = lists.get(k);
        double[] score = new double[xs.size()];
        for (int j = 0; j < score.length; j++) {
          for (String f : xs.get(j)) {
            score[j] += w.getOrDefault(f, 0.0);
          }
        }
        double[] p = softmax(score);
        Map<String, Double> grad = new HashMap<>();
        for (int j = 0; j < score.length; j++) {
          double d = p[j] - targets.get(k)[j];
          for (String f : xs.get(j)) {
            grad.merge(f, d, Double::sum);
          }
        }
        grad.forEach((f, gr) -> {
          double gg = g2.merge(f, gr * gr, Double::sum);
          w.merge(f, -0.1 * gr / Math.sqrt(gg + 1e-8), Double::sum);
        });
      }
    }
    return new TermSalience(w);
  }

  private static double[] softmax(double[] score) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : score) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[score.length];
    for (int j = 0; j < p.length; j++) {
      p[j] = Math.exp(score[j] - max);
      sum += p[j];
    }
    for (int j = 0; j < p.length; j++) {
      p[j] /= sum;
    }
    return p;
  }
}
