package io.claimwatch.extraction.claim;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How likely a term of a text is to be one that other wordings of the same claim also use — the property that
 * makes it a stable id component. A logistic model over claim-agnostic term features (the stem itself when training
 * claims used it, in how many training claims it occurs, digits, length, first four and last three letters),
 * trained offline by {@link TermSalienceTrainer} and shipped as {@code claim/term-salience.tsv}. Claim-agnostic
 * features are what let it generalize to claims never seen in training.
 */
public final class TermSalience {

  static final String RESOURCE = "claim/term-salience.tsv";

  private final Map<String, Double> weights;

  public TermSalience(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  public static TermSalience fromResource() {
    Map<String, Double> w = new HashMap<>();
    for (String line : ResourceLines.read(RESOURCE)) {
      String[] p = line.split("\t");
      w.put(p[0], Double.parseDouble(p[1]));
    }
    return new TermSalience(w);
  }

  /**
   * Features of one term given its document frequency outside the claim. They describe the term only, not its
   * place in the text (no position, neighbours or case of the text): a claim's paraphrases put the same words in
   * different places and cases, and context-free scores rank two shared terms the same way in every wording,
   * which measured better on held-out claims (pairwise F1 0.57 → 0.59) than context features did.
   */
  public static List<String> features(StemmedTerms.Term t, int documentFrequency) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    if (documentFrequency > 0) {
      f.add("term:" + t.stem());
    }
    String df = documentFrequency == 0 ? "0" : documentFrequency == 1 ? "1" : documentFrequency <= 3 ? "2-3"
        : documentFrequency <= 7 ? "4-7" : documentFrequency <= 15 ? "8-15" : documentFrequency <= 40 ? "16-40" : "41+";
    f.add("df:" + df);
    String shape = t.surface().chars().anyMatch(Character::isDigit) ? "digit" : "word";
    f.add("shape:" + shape);
    f.add("shape-df:" + shape + "/" + df);
    f.add("len:" + Math.min(t.stem().length(), 9) / 3);
    String lower = t.surface().toLowerCase(Locale.ROOT);
    f.add("prefix:" + lower.substring(0, Math.min(4, lower.length())));
    f.add("suffix:" + lower.substring(Math.max(0, lower.length() - 3)));
    return f;
  }

  double score(List<String> features) {
    double s = 0;
    for (String f : features) {
      s += weights.getOrDefault(f, 0.0);
    }
    return s;
  }

  public void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# claim-id term salience: logistic weights over term features (derived from Emergent training)\n");
      for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
        w.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
      }
    }
  }
}
