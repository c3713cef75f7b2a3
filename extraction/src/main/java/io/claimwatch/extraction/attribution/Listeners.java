package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.claim.FunctionWords;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * The content after the listener of a cue of telling or asking ({@code listener_cues}: "told the board she ...",
 * "told a crowd at the club that ...", "tells grieving fans: ..."), and the directives that have no content ("told the crews to leave", "asked
 * Roe, a pilot, to inspect ...", "asked voters about the levy"). A part of {@link ClauseBounds}.
 */
final class Listeners {
  /** How long a listener phrase may be before "to" or the subject of the content ("told the county board he ..."). */
  private static final int LISTENER_MAX = 7;
  private final ExtractionLexicon lex;
  /** How far the "that" of the content may follow the listener's first word. */
  private final int thatReach;

  Listeners(ExtractionLexicon lex, int thatReach) {
    this.lex = lex;
    this.thatReach = thatReach;
  }

  /**
   * After the listener of a cue of telling ("told the board she was ..."): the subject pronoun after a short noun
   * phrase; no clause when "to" or a topic follows the listener ("told the crews to leave", "called on Roe to resign",
   * "asked voters about the levy").
   */
  int contentStart(List<Token> t, int start, int end) {
    int k = start;
    for (int n = 0; k < end && n <= thatReach; k++, n++) {
      Token w = t.get(k);
      if (n > 0 && w.is("that") && k + 1 < end) return k + 1; // "told an invited crowd at the club that he ..."
      if (n > LISTENER_MAX) continue;
      if (n > 0 && w.is(",")) return directiveAfterApposition(t, k + 1, end) ? -1 : start; // "asked Roe, a pilot, to ..."
      if (n > 0 && (w.is("to") || lex.in("topic_prepositions", w.lower()))) return -1; // "told X to go", "asked X about Y"
      if (n > 0 && FunctionWords.SUBJECT_PRONOUNS.contains(w.lower())) return k;
      if (n > 0 && w.is(":") && k + 1 < end) return k + 1; // "tells grieving fans: the tour goes on"
      // a listener is a noun phrase (with an adjunct: "his supporters at a rally"): a conjunction or relative ends it
      if (!w.isWord() && !isPossessive(w) || w.is("that") || lex.in("listener_breaks", w.lower())) return start;
    }
    return start;
  }

  private static boolean isPossessive(Token k) {
    return k.is("'s") || k.is("’s") || k.is("’") || k.is("'");
  }

  /** "asked Roe, the harbor master, to inspect ...": the listener's apposition ends in ", to" (a directive). */
  boolean directiveAfterApposition(List<Token> t, int start, int end) {
    for (int k = start; k + 1 < Math.min(end, start + thatReach); k++) {
      Token w = t.get(k);
      if (w.is(",")) return t.get(k + 1).is("to");
      if (w.isQuote() || w.is("that") || lex.cue(w.lower()) != null) return false;
    }
    return false;
  }

  /** Whether the content starts at the listener: right after the cue or its "on" ("called on Roe to ..."). */
  static boolean unskipped(List<Token> t, int cueEnd, int start) {
    for (int k = cueEnd; k < start; k++) if (!t.get(k).is("on") && !t.get(k).is("upon")) return false;
    return true;
  }
}
