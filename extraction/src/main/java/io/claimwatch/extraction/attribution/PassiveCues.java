package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Cues in the passive without an agent: "Clinton was asked about the speeches", "the race was called for Roe", "Berg
 * has been told that ...". Such a cue names no source; its subject is whom it was said to or of. The auxiliaries
 * between a source and its cue are skipped by {@link Spans#skipBetween}, so without this check these read as "Clinton
 * asked". Progressives ("was saying") and passives with "by" are attributions. Immutable.
 */
final class PassiveCues {
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "would", "will", "could", "did", "does",
      "do");
  private final ExtractionLexicon lex;

  PassiveCues(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /** Whether the cue at token {@code i} follows a form of "be" (adverbs and negations between) and has no agent. */
  boolean isWithoutAgent(List<Token> t, int i) {
    if (t.get(i).lower().endsWith("ing") || i + 1 < t.size() && t.get(i + 1).is("by")) return false;
    int k = i - 1;
    while (k >= 0 && isBetween(t.get(k).lower())) k--;
    return k >= 0 && lex.in("be_forms", t.get(k).lower());
  }

  private boolean isBetween(String lower) {
    return lex.in("negations", lower) || lower.endsWith("ly")
        || lex.in("between_source_and_cue", lower) && !lex.in("be_forms", lower) && !AUXILIARIES.contains(lower);
  }
}
