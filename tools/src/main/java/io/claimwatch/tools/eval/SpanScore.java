package io.claimwatch.tools.eval;

/** Precision/recall counts of one span-matching mode; adds up over documents. */
public record SpanScore(int predicted, int predictedMatched, int gold, int goldMatched) {
  public static final SpanScore ZERO = new SpanScore(0, 0, 0, 0);

  public SpanScore plus(SpanScore o) {
    return new SpanScore(predicted + o.predicted, predictedMatched + o.predictedMatched, gold + o.gold, goldMatched + o.goldMatched);
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) predictedMatched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) goldMatched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (predicted %d, gold %d)", precision(), recall(), f1(),
        predicted, gold);
  }
}
