package io.claimwatch.tools.train;

import io.claimwatch.extraction.claim.*;

import io.claimwatch.tools.eval.EmergentRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Offline builder of the claim-identity resources from an Emergent training CSV: {@code claim/term-df.tsv}
 * (per stem, how many training claims use it) and {@code claim/term-salience.tsv} (the learned term
 * salience weights). Usage: {@code ClaimResourceBuilder TRAIN.csv OUT_DIR}.
 */
public final class ClaimResourceBuilder {

  static final int SALIENCE_EPOCHS = 30;

  private ClaimResourceBuilder() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ClaimResourceBuilder TRAIN.csv OUT_DIR");
      System.exit(2);
    }
    List<EmergentRow> rows = EmergentRow.read(Path.of(args[0]));
    ClaimLexicon lexicon = ClaimLexicon.fromResources();
    rarityFrom(rows, lexicon).write(Path.of(args[1], "term-df.tsv"));
    salienceFrom(rows, lexicon).write(Path.of(args[1], "term-salience.tsv"));
    System.out.println("claim resources from " + rows.size() + " headlines -> " + args[1]);
  }

  /** The rarity table over the given rows' article headlines. */
  public static TermRarity rarityFrom(List<EmergentRow> rows, ClaimLexicon lexicon) {
    Map<String, List<String>> byClaim = new TreeMap<>();
    rows.forEach(r -> byClaim.computeIfAbsent(r.claimId(), k -> new ArrayList<>()).add(r.articleHeadline()));
    return TermRarity.build(byClaim, bare(lexicon)::candidateTerms);
  }

  /** Salience weights learned from the given rows' article headlines grouped by claimId. */
  public static TermSalience salienceFrom(List<EmergentRow> rows, ClaimLexicon lexicon) {
    return TermSalienceTrainer.train(rows.stream()
        .map(r -> new TermSalienceTrainer.GroupedText(r.claimId(), r.articleHeadline())).toList(), bare(lexicon),
        SALIENCE_EPOCHS);
  }

  /** A canonicalizer without statistics, for its candidate-term extraction only. */
  private static ClaimCanonicalizer bare(ClaimLexicon lexicon) {
    return new ClaimCanonicalizer(lexicon, new TermRarity(0, Map.of()), new TermSalience(Map.of()),
        ClaimCanonicalizer.Settings.production());
  }

  /** A production canonicalizer whose resources are built from the given rows (for cross-validation). */
  public static ClaimCanonicalizer canonicalizerFrom(List<EmergentRow> rows, ClaimLexicon lexicon) {
    return canonicalizerFrom(rows, lexicon, ClaimCanonicalizer.Settings.production());
  }

  /** As {@link #canonicalizerFrom(List, ClaimLexicon)} with other settings (for tuning). */
  public static ClaimCanonicalizer canonicalizerFrom(List<EmergentRow> rows, ClaimLexicon lexicon,
                                                     ClaimCanonicalizer.Settings settings) {
    return new ClaimCanonicalizer(lexicon, rarityFrom(rows, lexicon), salienceFrom(rows, lexicon), settings);
  }
}
