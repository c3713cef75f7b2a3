package io.claimwatch.extraction.headline;

import java.util.Locale;

/** Stance of an article headline toward a claim, with the labels of the Emergent data set. */
public enum HeadlineStance {
  FOR, AGAINST, OBSERVING;

  /** The lower-case label used in Emergent and in the {@code claimwatch stance} output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an Emergent label ({@code for}, {@code against}, {@code observing}), case-insensitively. */
  public static HeadlineStance fromLabel(String label) {
    return switch (label.trim().toLowerCase(Locale.ROOT)) {
      case "for" -> FOR;
      case "against" -> AGAINST;
      case "observing" -> OBSERVING;
      default -> throw new IllegalArgumentException("unknown stance label: '" + label + "'");
    };
  }
}
