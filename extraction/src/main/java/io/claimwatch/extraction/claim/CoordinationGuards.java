package io.claimwatch.extraction.claim;

import java.util.Set;

/**
 * Coordinations at which {@link ConjunctSplitter} must not split, though its tag tests see a predicate on the right,
 * because a part would lose what the two share, from lower-case words and part-of-speech tags ({@link PosTagger}); a
 * "but" contrasts two predicates and is left to the splitter ("the pier should be sold but kept open until May"):
 * <ul>
 *   <li>two verbs with one object ("the yard designed and built the ferry"): a verb right before the conjunction and
 *       a verb right after it; the left part would be a verb without its object ("the yard designed"). Two
 *       predicates each with its own words ("denied the report and called it a smear") still split;</li>
 *   <li>two adjectives of one noun ("the pier should be the oldest and best-known landmark of the town"): a
 *       determiner and an adjective right before the conjunction; the left part would end in "the oldest";</li>
 *   <li>the two ends of "between" ("a link between Roe and Lee in 2014 was found"): an "and" a few words after
 *       "between", with no verb or punctuation between them.</li>
 * </ul>
 */
final class CoordinationGuards {
  private static final int BETWEEN_REACH = 5;
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");

  private CoordinationGuards() {}

  /** Whether the split at {@code conjunction}, with its right part from {@code right}, would cut a shared part. */
  static boolean sharesAcross(String[] lower, String[] tags, int conjunction, int right) {
    return conjunction > 1 && !lower[conjunction].equals("but")
        && (sharedObject(tags, conjunction, right) || adjectivesOfOneNoun(lower, tags, conjunction)
            || endsOfBetween(lower, tags, conjunction));
  }

  private static boolean endsOfBetween(String[] lower, String[] tags, int conjunction) {
    if (!lower[conjunction].equals("and")) return false;
    for (int k = conjunction - 1; k >= Math.max(0, conjunction - BETWEEN_REACH); k--) {
      if (lower[k].equals("between")) return true;
      if (tags[k].equals("VERB") || tags[k].startsWith("AUX") || tags[k].equals("PUNCT")) return false;
    }
    return false;
  }

  private static boolean sharedObject(String[] tags, int conjunction, int right) {
    return tags[conjunction - 1].equals("VERB") && tags[right].equals("VERB");
  }

  private static boolean adjectivesOfOneNoun(String[] lower, String[] tags, int conjunction) {
    String before = tags[conjunction - 2];
    return tags[conjunction - 1].equals("ADJ") && (before.equals("DET") || POSSESSIVES.contains(lower[conjunction - 2]));
  }
}
