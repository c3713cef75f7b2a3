package io.claimwatch.extraction.claim;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Claim frequencies of stemmed content terms (in how many training claims' headlines a stem occurs), built offline
 * ({@link ClaimResourceBuilder}) and shipped as {@code claim/term-df.tsv}. Gives an IDF per stem; unseen stems
 * count as never seen, i.e. maximally rare, which is what a new claim's topic words usually are.
 */
public final class TermRarity {

  static final String RESOURCE = "claim/term-df.tsv";

  private final int documents;
  private final Map<String, Integer> documentFrequency;

  public TermRarity(int documents, Map<String, Integer> documentFrequency) {
    this.documents = documents;
    this.documentFrequency = Map.copyOf(documentFrequency);
  }

  /**
   * Counts, per stem, the groups (claims) whose texts contain it: a stem used by many different claims cannot
   * tell claims apart, however often one claim repeats it.
   */
  public static TermRarity build(Map<String, List<String>> textsByGroup,
                                 java.util.function.Function<String, List<StemmedTerms.Term>> termsOf) {
    Map<String, Integer> df = new HashMap<>();
    for (List<String> texts : textsByGroup.values()) {
      Set<String> seen = new HashSet<>();
      for (String text : texts) {
        for (StemmedTerms.Term t : termsOf.apply(text)) {
          seen.add(t.stem());
        }
      }
      seen.forEach(stem -> df.merge(stem, 1, Integer::sum));
    }
    return new TermRarity(textsByGroup.size(), df);
  }

  public static TermRarity fromResource() {
    List<String> lines = ResourceLines.read(RESOURCE);
    int docs = Integer.parseInt(lines.getFirst().split("\t")[1]);
    Map<String, Integer> df = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] p = line.split("\t");
      df.put(p[0], Integer.parseInt(p[1]));
    }
    return new TermRarity(docs, df);
  }

  /** Writes the table: a {@code documents<TAB>N} line, then {@code stem<TAB>df} sorted by stem. */
  public void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# stemmed term document frequencies (number of Emergent training claims using each stem) (derived counts only)\n");
      w.write("documents\t" + documents + "\n");
      for (Map.Entry<String, Integer> e : new TreeMap<>(documentFrequency).entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }

  public int documentFrequency(String stem) {
    return documentFrequency.getOrDefault(stem, 0);
  }

  public double idf(String stem) {
    return Math.log((documents + 1.0) / (documentFrequency(stem) + 1.0));
  }

  public int documents() {
    return documents;
  }
}
