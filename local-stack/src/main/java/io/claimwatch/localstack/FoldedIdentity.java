package io.claimwatch.localstack;

import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.tools.eval.EmergentRow;
import io.claimwatch.tools.eval.PairwiseScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Claim identity through the analyzer per claim fold: the rows are grouped by {@link EmergentRow#fold} and each
 * fold's headlines are resolved on their own (a run the size of a held-back set), so the score does not depend on
 * how many other claims one file holds. Reports the mean of pairwise precision, recall and F1 over the folds and
 * their spread (lowest and highest F1).
 */
final class FoldedIdentity {

  /** The folds' scores, in fold order. */
  record Report(List<PairwiseScore> folds) {
    double meanPrecision() {
      return folds.stream().mapToDouble(PairwiseScore::precision).average().orElse(0);
    }

    double meanRecall() {
      return folds.stream().mapToDouble(PairwiseScore::recall).average().orElse(0);
    }

    double meanF1() {
      return folds.stream().mapToDouble(PairwiseScore::f1).average().orElse(0);
    }

    double minF1() {
      return folds.stream().mapToDouble(PairwiseScore::f1).min().orElse(0);
    }

    double maxF1() {
      return folds.stream().mapToDouble(PairwiseScore::f1).max().orElse(0);
    }

    String toText() {
      return toText("the analyzer");
    }

    /** One line naming the {@code path} the headlines took (the analyzer, the pipeline). */
    String toText(String path) {
      return String.format(Locale.ROOT, "Claim identity through " + path + ", mean over %d claim folds (each fold"
              + " resolved on its own): P %.3f R %.3f F1 %.3f (F1 per fold %.3f..%.3f)%n", folds.size(),
          meanPrecision(), meanRecall(), meanF1(), minF1(), maxF1());
    }
  }

  private FoldedIdentity() {}

  /** Scores {@code folds} claim folds, each resolved by {@code resolve} (rows → headline → claim id) alone. */
  static Report run(List<EmergentRow> rows, int folds,
                    BiFunction<List<EmergentRow>, SentenceEmbedder, Map<String, String>> resolve, SentenceEmbedder embedder) {
    List<PairwiseScore> scores = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      int fold = f;
      List<EmergentRow> part = rows.stream().filter(r -> r.fold(folds) == fold).toList();
      if (part.isEmpty()) continue;
      Map<String, String> ids = resolve.apply(part, embedder);
      scores.add(PairwiseScore.of(part.stream().map(EmergentRow::claimId).toList(),
          part.stream().map(r -> ids.get(r.articleHeadline())).toList()));
    }
    return new Report(List.copyOf(scores));
  }
}
