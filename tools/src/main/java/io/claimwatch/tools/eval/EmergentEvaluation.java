package io.claimwatch.tools.eval;

import io.claimwatch.extraction.claim.ClaimCanonicalizer;
import io.claimwatch.extraction.embed.EmbeddingModel;
import io.claimwatch.extraction.headline.HeadlineStance;
import io.claimwatch.extraction.headline.HeadlineStanceClassifier;
import io.claimwatch.tools.train.HeadlineStanceTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The {@code claimwatch eval emergent FILE} report: headline stance (accuracy, macro-F1, confusion matrix) and
 * claim identity (each article headline analyzed alone into a claim id; pairwise P/R/F1 of that grouping against
 * the data set's claimId). The headline→claim-id function is a parameter so the CLI can pass the full analyzer.
 */
public final class EmergentEvaluation {

  /** The whole report; a plain record so callers can serialize it as JSON. */
  public record Report(String file, int rows, StanceScore stance, PairwiseScore claimIdentity) {

    /** The printable text report. */
    public String toText() {
      StringBuilder out = new StringBuilder();
      out.append("Emergent evaluation of ").append(file).append(" (").append(rows).append(" headlines)\n");
      out.append(String.format(Locale.ROOT, "stance: accuracy %.3f  macro-F1 %.3f%n", stance.accuracy(),
          stance.macroF1()));
      stance.f1ByClass().forEach((k, v) -> out.append(String.format(Locale.ROOT, "  F1 %-9s %.3f%n", k, v)));
      out.append("  confusion (rows gold, columns predicted):\n");
      out.append(String.format(Locale.ROOT, "  %-10s", ""));
      for (HeadlineStance s : HeadlineStance.values()) {
        out.append(String.format(Locale.ROOT, "%10s", s.label()));
      }
      out.append('\n');
      stance.confusion().forEach((gold, row) -> {
        out.append(String.format(Locale.ROOT, "  %-10s", gold));
        row.values().forEach(n -> out.append(String.format(Locale.ROOT, "%10d", n)));
        out.append('\n');
      });
      out.append(String.format(Locale.ROOT,
          "claim identity (pairwise): precision %.3f  recall %.3f  F1 %.3f  (%d produced ids, %d gold claims)%n",
          claimIdentity.precision(), claimIdentity.recall(), claimIdentity.f1(), claimIdentity.predictedClusters(),
          claimIdentity.goldClusters()));
      return out.toString();
    }
  }

  private EmergentEvaluation() {
  }

  /** Evaluates with this module's canonicalizer (on the headline alone) and headline stance classifier. */
  public static Report evaluate(Path csv) throws IOException {
    ClaimCanonicalizer canonicalizer = ClaimCanonicalizer.fromResources();
    return evaluate(csv, h -> canonicalizer.canonicalize(h).claimId(), HeadlineStanceClassifier.fromResources());
  }

  public static Report evaluate(Path csv, Function<String, String> headlineToClaimId,
                                HeadlineStanceClassifier classifier) throws IOException {
    return evaluate(csv.toString(), EmergentRow.read(csv), headlineToClaimId, classifier);
  }

  public static Report evaluate(String name, List<EmergentRow> rows, Function<String, String> headlineToClaimId,
                                HeadlineStanceClassifier classifier) {
    List<HeadlineStance> gold = new ArrayList<>();
    List<HeadlineStance> predicted = new ArrayList<>();
    List<String> goldIds = new ArrayList<>();
    List<String> producedIds = new ArrayList<>();
    for (EmergentRow r : rows) {
      gold.add(r.stance());
      predicted.add(classifier.classify(r.claimHeadline(), r.articleHeadline()).stance());
      goldIds.add(r.claimId());
      producedIds.add(headlineToClaimId.apply(r.articleHeadline()));
    }
    return new Report(name, rows.size(), StanceScore.of(gold, predicted), PairwiseScore.of(goldIds, producedIds));
  }

  /**
   * Usage: {@code EmergentEvaluation FILE.csv [--cv [SPLITS]] [--encoder ID WORD_ID]}; {@code --cv} adds grouped
   * 5-fold cross-validation, on claim-to-fold splits 0..SPLITS-1 (default 1) when SPLITS is given, with the bundled
   * model's features, their sentence and soft-lexicon word embeddings from {@code --encoder}
   * ({@link EmbeddingModel#id()}s, default {@link HeadlineStanceClassifier#STANCE_ENCODER} and
   * {@link HeadlineStanceClassifier#STANCE_WORD_ENCODER}).
   */
  public static void main(String[] args) throws IOException {
    List<String> a = new ArrayList<>(List.of(args));
    EmbeddingModel encoder = HeadlineStanceClassifier.STANCE_ENCODER;
    EmbeddingModel wordEncoder = HeadlineStanceClassifier.STANCE_WORD_ENCODER;
    int e = a.indexOf("--encoder");
    if (e >= 0 && e + 2 < a.size()) {
      encoder = EmbeddingModel.byId(a.get(e + 1));
      wordEncoder = EmbeddingModel.byId(a.get(e + 2));
      a.subList(e, e + 3).clear();
    }
    if (a.size() < 1 || a.size() > 3 || (a.size() >= 2 && !a.get(1).equals("--cv")) || a.contains("--encoder")) {
      System.err.println("usage: EmergentEvaluation FILE.csv [--cv [SPLITS]] [--encoder ID]");
      System.exit(2);
    }
    Path csv = Path.of(a.get(0));
    System.out.print(evaluate(csv).toText());
    int splits = a.size() == 3 ? Integer.parseInt(a.get(2)) : a.size() == 2 ? 1 : 0;
    // the same features as the bundled model (word, lexicon and sentence-embedding features); one trainer for all
    // splits, so its embedding cache serves them all
    HeadlineStanceTrainer trainer = splits == 0 ? null
        : HeadlineStanceTrainer.withEmbeddings(HeadlineStanceTrainer.Settings.defaults(), encoder, wordEncoder);
    for (int split = 0; split < splits; split++) {
      System.out.print("split " + split + ": " + EmergentCrossValidation.run(EmergentRow.read(csv), 5,
          trainer, split).toText());
    }
  }
}
