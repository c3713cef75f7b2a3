package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * What may follow a cue of telling before anything of its content ({@link Spans}): a clause of circumstance ("said
 * when asked", "told reporters after he was asked"), a listener that opens with a determiner before one ("told the
 * crews after ..."), or a listener that is a quoted programme ("told “Morning Show”"). A quote before the source is
 * then the content.
 */
final class CueCircumstances {
  private final ExtractionLexicon lex;
  /** How long a listener may be ({@code Spans}'s bound on listener phrases). */
  private final int listenerMax;

  CueCircumstances(ExtractionLexicon lex, int listenerMax) {
    this.lex = lex;
    this.listenerMax = listenerMax;
  }

  /**
   * Whether the words from {@code p} are a clause of circumstance of the cue ("said when asked about it", "told
   * reporters after he was asked", "said as the count began"): a subordinator that only opens clauses, or one that is
   * also a preposition ("after", "before") with a subject pronoun or a participle after it. What such a clause holds
   * (even a cue, "asked") is not the content.
   */
  boolean isClause(List<Token> t, int p) {
    if (p + 1 >= t.size() || !t.get(p + 1).isWord()) return false;
    String first = t.get(p).lower();
    String next = t.get(p + 1).lower();
    boolean clauseAfter = lex.in("pronouns_person", next) || lex.in("pronouns_group", next)
        || next.length() > 4 && (next.endsWith("ed") || next.endsWith("ing"));
    return lex.in("circumstance_subordinators", first) || lex.in("clause_subordinators", first) && clauseAfter;
  }

  /** Index of a clause of circumstance after a listener that opens with a determiner ("the crews after ..."), or -1. */
  int clauseAfterListener(List<Token> t, int p) {
    if (p >= t.size() || !lex.in("listener_determiners", t.get(p).lower())) return -1;
    for (int k = p + 1; k < Math.min(t.size(), p + listenerMax); k++) {
      String w = t.get(k).lower();
      if (!t.get(k).isWord() || lex.cue(w) != null || lex.in("pronouns_person", w) || lex.in("pronouns_group", w)) return -1;
      if (isClause(t, k)) return k;
    }
    return -1;
  }

  /** The index after a short quoted title at {@code p} (an opening quote, capitalized words, a closing quote), or -1. */
  int quotedTitleEnd(List<Token> t, int p) {
    if (p >= t.size() || !t.get(p).isQuote()) return -1;
    for (int k = p + 1; k < Math.min(t.size(), p + 2 + listenerMax); k++) {
      Token w = t.get(k);
      if (w.isQuote()) return k > p + 1 ? k + 1 : -1;
      if (!w.isWord() || !w.isCapitalized() && !lex.in("np_inner", w.lower())) return -1;
    }
    return -1;
  }
}
