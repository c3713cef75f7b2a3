package io.claimwatch.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.resolve.ResolverSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim resolver's grouping of Emergent training headlines barely depends on the order they arrive in. */
class ResolverOrderTest {

  @Test
  void shouldKeepPairwiseF1WithinThreeHundredthsWhenHeadlinesArriveInFiveOrders() throws Exception {
    Path csv = Path.of(System.getProperty("claimwatch.shared.dir", "../../shared"), "datasets", "emergent", "train.csv");
    List<ResolverEvaluation.EmbeddedRow> rows = ResolverEvaluation.embed(EmergentRow.read(csv), new OnnxSentenceEmbedder(1));
    List<Double> f1 = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      f1.add(ResolverEvaluation.score(ResolverCrossValidation.shuffled(rows, seed), ResolverSettings.defaults()).f1());
    }

    double spread = f1.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
        - f1.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    assertThat(spread).as("F1 over five orders: %s", f1).isLessThanOrEqualTo(0.03);
    assertThat(f1).allSatisfy(f -> assertThat(f).isGreaterThan(0.5));
  }
}
