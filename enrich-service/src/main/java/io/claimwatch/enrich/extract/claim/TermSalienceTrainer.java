package io.claimwatch.enrich.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains {@link TermSalience} from headlines grouped by claim. Each candidate term of a headline is an example
 * whose target is the share of the claim's other headlines that contain the same stem; its claim-frequency
 * feature counts only OTHER claims using the stem, which mimics a claim never seen in training. Logistic loss,
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
    List<List<String>> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int n = 0; n < texts.size(); n++) {
      String group = texts.get(n).group();
      int others = stemsByGroup.get(group).size() - 1;
      if (others == 0) {
        continue;
      }
      List<StemmedTerms.Term> candidates = analyzed.get(n);
      boolean titleCase = ClaimCanonicalizer.mostlyCapitalized(candidates);
      Set<String> done = new HashSet<>();
      for (int i = 0; i < candidates.size(); i++) {
        String stem = candidates.get(i).stem();
        if (!done.add(stem)) {
          continue;
        }
        int inGroup = groupDf.get(group).get(stem);
        xs.add(TermSalience.features(candidates, i, df.get(stem) - 1, titleCase));
        ys.add((inGroup - 1.0) / others);
      }
    }
    Map<String, Double> w = new HashMap<>();
    Map<String, Double> g2 = new HashMap<>();
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int k = 0; k < xs.size(); k++) {
        double s = 0;
        for (String f : xs.get(k)) {
          s += w.getOrDefault(f, 0.0);
        }
        double grad = 1 / (1 + Math.exp(-s)) - ys.get(k);
        for (String f : xs.get(k)) {
          double gg = g2.merge(f, grad * grad, Double::sum);
          w.merge(f, -0.1 * grad / Math.sqrt(gg + 1e-8), Double::sum);
        }
      }
    }
    return new TermSalience(w);
  }
}
