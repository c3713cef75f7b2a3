package io.claimwatch.aggregate.score;

import io.claimwatch.schemas.Stance;
import java.util.Arrays;

/**
 * How many independent origins take each stance, per {@link WeightClass}: everything the score and the verdict need,
 * in a fixed-size value (so a claim's summary does not grow with its origins). Immutable; {@link #plus} returns a copy.
 * {@code REPORTS} origins are counted too (they weigh 0).
 */
public final class WeightTally {

  private static final int CLASSES = WeightClass.values().length;
  private static final WeightTally EMPTY = new WeightTally(new int[3 * CLASSES]);

  private final int[] counts;

  private WeightTally(int[] counts) {
    this.counts = counts;
  }

  public static WeightTally empty() {
    return EMPTY;
  }

  /** Restores a tally from {@link #counts()}. */
  public static WeightTally of(int[] counts) {
    if (counts.length != 3 * CLASSES) {
      throw new IllegalArgumentException("a tally has " + 3 * CLASSES + " counts, was " + counts.length);
    }
    return new WeightTally(counts.clone());
  }

  /** This tally with {@code delta} origins of the given stance and class added (negative: removed). */
  public WeightTally plus(Stance stance, WeightClass weightClass, int delta) {
    int[] next = counts.clone();
    next[index(stance, weightClass)] += delta;
    return new WeightTally(next);
  }

  public int count(Stance stance, WeightClass weightClass) {
    return counts[index(stance, weightClass)];
  }

  public int count(Stance stance) {
    int sum = 0;
    for (WeightClass c : WeightClass.values()) {
      sum += count(stance, c);
    }
    return sum;
  }

  /** Summed weight of the origins taking {@code stance}, class by class in declaration order. */
  public double weight(Stance stance, ScoringConfig config) {
    if (stance == Stance.REPORTS) {
      return 0.0;
    }
    double sum = 0.0;
    for (WeightClass c : WeightClass.values()) {
      int n = count(stance, c);
      if (n != 0) {
        sum += n * c.weight(config);
      }
    }
    return sum;
  }

  public int sideTaking() {
    return count(Stance.CONFIRMS) + count(Stance.DENIES);
  }

  /** True when every side-taking origin is anonymous (and not a party); also true when none takes a side. */
  public boolean onlyAnonymousTakeSides() {
    return sideTaking() == count(Stance.CONFIRMS, WeightClass.ANONYMOUS) + count(Stance.DENIES, WeightClass.ANONYMOUS);
  }

  public int[] counts() {
    return counts.clone();
  }

  private static int index(Stance stance, WeightClass weightClass) {
    return stance.ordinal() * CLASSES + weightClass.ordinal();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WeightTally t && Arrays.equals(counts, t.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "WeightTally" + Arrays.toString(counts);
  }
}
