package io.claimwatch.enrich.extract.claim;

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
 * claims used it, in how many training claims it occurs, capitalization, acronym, digits, position, length), trained offline by {@link TermSalienceTrainer}
 * and shipped as {@code claim/term-salience.tsv}. Claim-agnostic features are what let it generalize to claims
 * never seen in training.
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

  /** Features of term {@code i} of {@code terms}, given its document frequency outside the claim. */
  static List<String> features(List<StemmedTerms.Term> terms, int i, int documentFrequency, boolean titleCase) {
    StemmedTerms.Term t = terms.get(i);
    List<String> f = new ArrayList<>();
    f.add("bias");
    if (documentFrequency > 0) {
      f.add("term:" + t.stem());
    }
    String df = documentFrequency == 0 ? "0" : documentFrequency == 1 ? "1" : documentFrequency <= 3 ? "2-3"
        : documentFrequency <= 7 ? "4-7" : documentFrequency <= 15 ? "8-15" : documentFrequency <= 40 ? "16-40" : "41+";
    f.add("df:" + df);
    String surface = t.surface();
    boolean digits = surface.chars().anyMatch(Character::isDigit);
    boolean acronym = surface.length() > 1 && surface.chars().allMatch(ch -> !Character.isLetter(ch)
        || Character.isUpperCase(ch));
    String shape = digits ? "digit" : acronym && !titleCase ? "acronym" : t.capitalized() ? "cap" : "lower";
    f.add("shape:" + shape + (titleCase ? "/title" : "/sentence"));
    f.add("shape-df:" + shape + "/" + df);
    f.add("first:" + (i == 0));
    f.add("pos:" + (terms.size() < 2 ? "only" : i * 3 / terms.size()));
    f.add("len:" + Math.min(t.stem().length(), 9) / 3);
    String lower = surface.toLowerCase(java.util.Locale.ROOT);
    f.add("suffix:" + lower.substring(Math.max(0, lower.length() - 3)));
    boolean capitalNeighbour = (i > 0 && terms.get(i - 1).capitalized()) || (i + 1 < terms.size()
        && terms.get(i + 1).capitalized());
    f.add("capseq:" + (t.capitalized() && capitalNeighbour) + (titleCase ? "/title" : "/sentence"));
    return f;
  }

  double score(List<String> features) {
    double s = 0;
    for (String f : features) {
      s += weights.getOrDefault(f, 0.0);
    }
    return s;
  }

  void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# claim-id term salience: logistic weights over term features (derived from Emergent training)\n");
      for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
        w.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
      }
    }
  }
}
