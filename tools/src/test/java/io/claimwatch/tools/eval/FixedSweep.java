package io.claimwatch.tools.eval;

import io.claimwatch.extraction.embed.*;
import io.claimwatch.extraction.resolve.*;
import java.nio.file.Path;
import java.util.*;

public class FixedSweep {
  public static void main(String[] args) throws Exception {
    List<EmergentRow> rows = EmergentRow.read(Path.of(args[0]));
    List<ResolverEvaluation.EmbeddedRow> emb = ResolverEvaluation.embed(rows, new MiniLmEmbedder(1));
    double[][] grid = {{0.50,0.60},{0.55,0.65},{0.58,0.68},{0.60,0.70},{0.62,0.72},{0.60,0.80}};
    for (double[] g : grid) {
      ResolverSettings s = ResolverSettings.defaults().withThresholds(g[0], g[1]);
      double f = 0; double min = 1, max = 0;
      for (int o = 0; o < 3; o++) {
        double fo = 0;
        for (int k = 0; k < 5; k++) {
          List<ResolverEvaluation.EmbeddedRow> test = new ArrayList<>();
          for (var r : emb) if (r.row().fold(5) == k) test.add(r);
          fo += ResolverEvaluation.score(ResolverCrossValidation.shuffled(test, 100 + o), s).f1() / 5;
        }
        f += fo / 3; min = Math.min(min, fo); max = Math.max(max, fo);
      }
      System.out.printf("assign %.2f merge %.2f  held-out-fold F1 %.3f spread %.3f%n", g[0], g[1], f, max - min);
    }
  }
}
