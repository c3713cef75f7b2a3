package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * A claim text that opens with a lower-case participle of its cut-off predicate and has no subject of its own:
 * "hearing that the agency had no lead", "alluding to the mayor's plans", "adding the fees would rise". The tagger may
 * call the participle a noun, and a repaired "'s" an auxiliary, so the gerund-subject test of {@link ClaimShape}
 * ("bullying does happen", "rebuilding the pier is costly") does not see these; a participle right before "that" or
 * one of a speech or reference verb is never a gerund subject at the start of a content.
 */
final class ParticipleStart {
  private static final Set<String> REPORTING = Set.of("adding", "alluding", "paraphrasing", "noting", "arguing",
      "insisting", "claiming", "explaining", "suggesting", "citing", "referring", "stressing", "acknowledging",
      "conceding", "complaining", "recalling", "repeating", "quoting", "echoing", "hearing");

  private ParticipleStart() {}

  /** Whether {@code words} open with such a participle. */
  static boolean opensText(String[] words) {
    String first = words[0];
    if (words.length < 2 || !Character.isLowerCase(first.charAt(0)) || !first.endsWith("ing") || first.endsWith("thing")) {
      return false;
    }
    return REPORTING.contains(first) || words[1].toLowerCase(Locale.ROOT).equals("that");
  }
}
