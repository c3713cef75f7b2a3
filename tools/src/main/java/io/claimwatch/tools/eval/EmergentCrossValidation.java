package io.claimwatch.tools.eval;

import io.claimwatch.extraction.claim.ClaimCanonicalizer;
import io.claimwatch.extraction.claim.ClaimLexicon;
import io.claimwatch.tools.train.ClaimResourceBuilder;
import io.claimwatch.extraction.headline.HeadlineStance;
import io.claimwatch.extraction.headline.HeadlineStanceClassifier;
import io.claimwatch.tools.train.HeadlineStanceTrainer;
import io.claimwatch.extraction.headline.LabeledHeadline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Grouped k-fold cross-validation by claimId: for each fold, the term table and the stance model are rebuilt from
 * the other folds' claims only and scored on the held-out claims, which estimates quality on unseen claims.
 * Reports the mean over folds of each measure. Split 0 puts a claim in fold {@link EmergentRow#fold}; split
 * {@code s > 0} deals the sorted claim ids, shuffled with seed {@code s}, round-robin into the folds (to check
 * that a difference is not an artefact of one claim-to-fold split).
 */
public final class EmergentCrossValidation {

  /** Mean held-out scores over the folds. */
  public record Result(int folds, double stanceAccuracy, double stanceMacroF1, double stanceAgainstF1,
                       double claimPrecision, double claimRecall, double claimF1) {
    public String toText() {
      return String.format(Locale.ROOT, "grouped %d-fold cross-validation by claimId (held-out claims): "
              + "stance accuracy %.3f  macro-F1 %.3f  AGAINST F1 %.3f; claim identity P %.3f R %.3f F1 %.3f%n", folds,
          stanceAccuracy, stanceMacroF1, stanceAgainstF1, claimPrecision, claimRecall, claimF1);
    }
  }

  private EmergentCrossValidation() {
  }

  public static Result run(List<EmergentRow> rows, int folds) {
    return run(rows, folds, new HeadlineStanceTrainer(HeadlineStanceTrainer.Settings.defaults()));
  }

  /** The same with a given stance trainer (e.g. one whose features include sentence embeddings). */
  public static Result run(List<EmergentRow> rows, int folds, HeadlineStanceTrainer trainer) {
    return run(rows, folds, trainer, 0);
  }

  /** The same on claim-to-fold split {@code split} (0: the default split). */
  public static Result run(List<EmergentRow> rows, int folds, HeadlineStanceTrainer trainer, long split) {
    Map<String, Integer> foldOf = foldsOf(rows, folds, split);
    ClaimLexicon lexicon = ClaimLexicon.fromResources();
    double acc = 0;
    double macro = 0;
    double against = 0;
    double p = 0;
    double r = 0;
    double f = 0;
    for (int k = 0; k < folds; k++) {
      List<EmergentRow> train = new ArrayList<>();
      List<EmergentRow> test = new ArrayList<>();
      for (EmergentRow row : rows) {
        (foldOf.get(row.claimId()) == k ? test : train).add(row);
      }
      ClaimCanonicalizer canonicalizer = ClaimResourceBuilder.canonicalizerFrom(train, lexicon);
      HeadlineStanceClassifier classifier = trainer.train(train.stream()
          .map(e -> new LabeledHeadline(e.claimHeadline(), e.articleHeadline(), e.stance())).toList());
      EmergentEvaluation.Report report = EmergentEvaluation.evaluate("fold " + k, test,
          h -> canonicalizer.canonicalize(h).claimId(), classifier);
      acc += report.stance().accuracy();
      macro += report.stance().macroF1();
      against += report.stance().f1ByClass().get(HeadlineStance.AGAINST.label());
      p += report.claimIdentity().precision();
      r += report.claimIdentity().recall();
      f += report.claimIdentity().f1();
    }
    return new Result(folds, acc / folds, macro / folds, against / folds, p / folds, r / folds, f / folds);
  }

  static Map<String, Integer> foldsOf(List<EmergentRow> rows, int folds, long split) {
    Map<String, Integer> foldOf = new HashMap<>();
    if (split == 0) {
      rows.forEach(r -> foldOf.put(r.claimId(), r.fold(folds)));
      return foldOf;
    }
    List<String> ids = new ArrayList<>(new TreeSet<>(rows.stream().map(EmergentRow::claimId).toList()));
    Collections.shuffle(ids, new Random(split * 7919L));
    for (int i = 0; i < ids.size(); i++) {
      foldOf.put(ids.get(i), i % folds);
    }
    return foldOf;
  }
}
