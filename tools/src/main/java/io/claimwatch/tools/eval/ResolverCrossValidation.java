package io.claimwatch.tools.eval;

import io.claimwatch.extraction.resolve.ResolverSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Grouped k-fold cross-validation of the claim resolver by claimId: in each fold the assign and merge thresholds
 * are chosen on the other folds' headlines (best mean pairwise F1 over shuffled arrival orders), then the held-out
 * claims' headlines are resolved in several shuffled orders with those thresholds. Reports the mean over folds
 * and orders, and the spread (max - min) of the per-order means, which measures order dependence.
 */
public final class ResolverCrossValidation {
  static final int ORDERS = 5;
  static final int TUNING_ORDERS = 1;

  /** Thresholds picked for one fold and the held-out scores. */
  public record Fold(int fold, double assign, double merge, double precision, double recall, double f1) {
  }

  /** The folds and their means. */
  public record Result(List<Fold> folds, double precision, double recall, double f1, double orderSpread) {
    public String toText() {
      StringBuilder out = new StringBuilder();
      for (Fold f : folds) {
        out.append(String.format(Locale.ROOT, "  fold %d: thresholds assign %.3f merge %.3f -> P %.3f R %.3f F1 %.3f%n",
            f.fold(), f.assign(), f.merge(), f.precision(), f.recall(), f.f1()));
      }
      out.append(String.format(Locale.ROOT, "claim resolver, grouped %d-fold CV by claimId, %d arrival orders: "
          + "P %.3f R %.3f F1 %.3f (order spread of F1 %.3f)%n", folds.size(), ORDERS, precision, recall, f1,
          orderSpread));
      return out.toString();
    }
  }

  private ResolverCrossValidation() {
  }

  /** Candidate (assign, merge) threshold pairs. */
  static List<double[]> grid() {
    List<double[]> out = new ArrayList<>();
    for (int a = 40; a <= 76; a += 4) {
      for (int m = a + 8; m <= 92; m += 8) {
        out.add(new double[] {a / 100.0, m / 100.0});
      }
      out.add(new double[] {a / 100.0, 1.0});
    }
    return out;
  }

  public static Result run(List<ResolverEvaluation.EmbeddedRow> rows, int folds, long seed) {
    List<Fold> out = new ArrayList<>();
    double[] perOrder = new double[ORDERS];
    for (int k = 0; k < folds; k++) {
      List<ResolverEvaluation.EmbeddedRow> train = new ArrayList<>();
      List<ResolverEvaluation.EmbeddedRow> test = new ArrayList<>();
      for (ResolverEvaluation.EmbeddedRow r : rows) {
        (r.row().fold(folds) == k ? test : train).add(r);
      }
      double[] best = tune(train, seed);
      ResolverSettings settings = ResolverSettings.defaults().withThresholds(best[0], best[1]);
      double p = 0;
      double r = 0;
      double f = 0;
      for (int o = 0; o < ORDERS; o++) {
        PairwiseScore s = ResolverEvaluation.score(shuffled(test, seed + 100 + o), settings);
        p += s.precision() / ORDERS;
        r += s.recall() / ORDERS;
        f += s.f1() / ORDERS;
        perOrder[o] += s.f1() / folds;
      }
      out.add(new Fold(k, best[0], best[1], p, r, f));
    }
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (double v : perOrder) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    return new Result(out, out.stream().mapToDouble(Fold::precision).average().orElse(0),
        out.stream().mapToDouble(Fold::recall).average().orElse(0),
        out.stream().mapToDouble(Fold::f1).average().orElse(0), max - min);
  }

  /** The threshold pair with the best mean F1 on {@code train} over a few shuffled orders. */
  static double[] tune(List<ResolverEvaluation.EmbeddedRow> train, long seed) {
    double[] best = null;
    double bestF1 = -1;
    List<List<ResolverEvaluation.EmbeddedRow>> orders = new ArrayList<>();
    for (int o = 0; o < TUNING_ORDERS; o++) {
      orders.add(shuffled(train, seed + o));
    }
    for (double[] candidate : grid()) {
      ResolverSettings settings = ResolverSettings.defaults().withThresholds(candidate[0], candidate[1]);
      double f = 0;
      for (List<ResolverEvaluation.EmbeddedRow> order : orders) {
        f += ResolverEvaluation.score(order, settings).f1();
      }
      if (f > bestF1) {
        bestF1 = f;
        best = candidate;
      }
    }
    return best;
  }

  static List<ResolverEvaluation.EmbeddedRow> shuffled(List<ResolverEvaluation.EmbeddedRow> rows, long seed) {
    List<ResolverEvaluation.EmbeddedRow> copy = new ArrayList<>(rows);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }
}
