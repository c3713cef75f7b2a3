package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether a content is only another attribution's source and cue ("she said the book said", "..., Roe told
 * reporters"): such a content holds no claim of its own. A framing noun after a common noun ("the ferry-cancellation
 * reports") is a noun phrase, not a source and its cue. Immutable.
 */
final class AttributionTails {
  /** How long the source of an attribution left at the end of a content may be ("the former secretary said"). */
  private static final int TAIL_MAX = 6;
  private static final Set<String> FRAMING_NOUNS = Set.of("report", "reports", "claims", "rumors", "rumours");
  private final ExtractionLexicon lex;

  AttributionTails(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /** "the book said", "Roe told reporters": a source and cue up to the content's end, another attribution's. */
  boolean isTail(List<Token> t, int start, int end) {
    for (int k = start; k < Math.min(end, start + TAIL_MAX); k++) {
      if (!t.get(k).isWord()) return false;
      if (lex.cue(t.get(k).lower()) != null) { // "the report" is a noun, not a cue
        // after the cue at most a time word or adverb ("the memoir said Tuesday"); "such calls occurred" is a clause
        boolean tailEnd = end - k == 1 || end - k == 2 && isTimeOrAdverb(t.get(k + 1));
        return k > start && tailEnd && !lex.in("gap_determiners", t.get(k - 1).lower())
            && !lex.in("phrase_prepositions", t.get(start).lower()) && !isFramedNounPhrase(t.get(k - 1), t.get(k));
      }
    }
    return false;
  }

  /**
   * "the ferry-cancellation reports": a framing noun after a common noun that names no source (no role such as
   * "spokesman" or "newspaper", no "officials") ends a noun phrase, not a source and its cue.
   */
  private boolean isFramedNounPhrase(Token before, Token cue) {
    return FRAMING_NOUNS.contains(cue.lower()) && !before.isCapitalized() && lex.roleKind(before.lower()) == null
        && !lex.in("anonymous_heads", before.lower());
  }

  private boolean isTimeOrAdverb(Token w) {
    return !w.isWord() || lex.in("time_words", w.lower()) || w.lower().endsWith("ly");
  }

}
