package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.Cue;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/** Token-range helpers of {@link CueRules}: what lies between a source and its cue, and where content starts and ends. */
final class Spans {
  private static final int DATELINE_WINDOW = 14;
  /** How far after a cue an adjunct may reach before the "that" of the content ("said in an e-mail to staff that"). */
  private static final int ADJUNCT_MAX = 10;
  /** How long the listener of "told"/"asked" may be before the "that" of the content ("told the night crews that"). */
  private static final int LISTENER_MAX = 6;
  /** How long the subject of a statement after a comma may be (", the mayor says ..."). */
  private static final int STATEMENT_SUBJECT_MAX = 3;
  private final ExtractionLexicon lex;
  private final NounPhrases np;
  private final CueCircumstances circumstances;

  Spans(ExtractionLexicon lex, NounPhrases np) {
    this.lex = lex;
    this.np = np;
    this.circumstances = new CueCircumstances(lex, LISTENER_MAX);
  }

  /**
   * Walks left from {@code j} over auxiliaries, adverbs and ", however," and returns the first index not skipped.
   * flags (if given): [0] a negation was skipped, [1] a hedge was skipped, [2] "neither" was skipped.
   */
  int skipBetween(List<Token> t, int j, boolean[] flags) {
    while (j >= 0) {
      Token k = t.get(j);
      String l = k.lower();
      boolean comma = k.is(",") && (j > 0 && lex.in("between_source_and_cue", t.get(j - 1).lower())
          || j + 1 < t.size() && lex.in("between_source_and_cue", t.get(j + 1).lower()) && !t.get(j + 1).is("is"));
      if (!comma && !lex.in("between_source_and_cue", l) && !lex.in("negations", l) && !isTimePhraseEnd(t, j)) break;
      if (flags != null) {
        flags[0] |= lex.in("negations", l) && !l.equals("nor");
        flags[1] |= l.equals("reportedly") || l.equals("allegedly");
        flags[2] |= l.equals("neither");
      }
      j -= isTimePhraseEnd(t, j) ? 2 : 1;
    }
    return j;
  }

  /** "on Friday", "last week": j is the time word. */
  private boolean isTimePhraseEnd(List<Token> t, int j) {
    return j > 0 && lex.in("time_words", t.get(j).lower())
        && (t.get(j - 1).is("on") || t.get(j - 1).is("last") || t.get(j - 1).is("this"));
  }

  /** The first content token after a cue: skips the object of "told"/"asked", time phrases, "that", commas. */
  int afterCue(List<Token> t, int i, Cue cue) {
    int p = i + 1;
    if (cue.lemma().equals("tell") || cue.lemma().equals("ask")) {
      int[] obj = np.forward(t, p);
      int titled = circumstances.quotedTitleEnd(t, p);
      if (titled > p) p = titled; // told "Morning Talk" after ...: a programme is the listener
      else if (p < t.size() && lex.in("object_pronouns", t.get(p).lower())) p++;
      else if (obj != null && !np.isPronoun(t.get(p))) p = obj[1];
      else if (p < t.size() && (t.get(p).is("reporters") || t.get(p).is("journalists"))) p++;
      else if (thatWithin(t, p, LISTENER_MAX) >= 0) p = thatWithin(t, p, LISTENER_MAX); // "told the crews that"
      else if (circumstances.clauseAfterListener(t, p) > p) p = circumstances.clauseAfterListener(t, p); // "told the crews after he ..."
    }
    if (cue.lemma().equals("point") && p < t.size() && t.get(p).is("out")) p++;
    boolean moved = true;
    while (moved && p < t.size()) {
      moved = false;
      Token k = t.get(p);
      if (k.is("that") || k.is(",") || k.is(":")) {
        p++;
        moved = true;
      } else if (p + 1 < t.size() && lex.in("time_words", t.get(p + 1).lower())
          && (k.is("on") || k.is("last") || k.is("this"))) {
        p += 2;
        moved = true;
      } else if (k.is("later") || k.is("earlier") || k.is("yesterday") || k.is("today") || k.is("recently")
          || isDayName(k) && p + 1 < t.size() && t.get(p + 1).isWord()) { // "said Tuesday his plan ..."
        p++;
        moved = true;
      } else if (k.is("in") && p + 2 < t.size() && (t.get(p + 1).is("a") || t.get(p + 1).is("an"))
          && (t.get(p + 2).is("statement") || t.get(p + 2).is("interview"))) {
        p += 3;
        moved = true;
      }
    }
    int that = thatAfterAdjunct(t, p);
    return that >= 0 ? that + 1 : p;
  }

  /**
   * Index of the "that" after an adjunct between a cue and its content ("said in an e-mail that", "said Wednesday
   * that", "told lawmakers privately that", "said of the plan that"), or -1: the words from {@code p} open with a
   * preposition, a time word or an adverb in -ly and reach "that" within a few words without punctuation or a cue.
   */
  private int thatAfterAdjunct(List<Token> t, int p) {
    if (p >= t.size()) return -1;
    String first = t.get(p).lower();
    boolean preposition = lex.in("adjunct_prepositions", first) || first.equals("of");
    boolean time = lex.in("time_words", first) || first.endsWith("ly") && first.length() > 4;
    if (!preposition && !time) return -1;
    return thatWithin(t, p + 1, preposition ? ADJUNCT_MAX : 2); // "Wednesday that", "privately that", "Monday night that"
  }

  /** Index of a "that" within {@code reach} words from {@code p} with no punctuation or cue before it, or -1. */
  private int thatWithin(List<Token> t, int p, int reach) {
    for (int k = p; k < Math.min(t.size(), p + reach); k++) {
      Token w = t.get(k);
      if (w.is("that")) return k + 1 < t.size() && !t.get(k + 1).isPunct() ? k : -1;
      if (!w.isWord() || lex.cue(w.lower()) != null) return -1;
    }
    return -1;
  }

  /**
   * Whether the words from {@code p} are only an adjunct of the cue up to the sentence end or a comma ("said at a
   * town hall this week.", "wrote in an email to supporters, adding ..."): a preposition or time word opens them and
   * no "that", quote or colon follows.
   */
  boolean isAdjunctTail(List<Token> t, int p) {
    if (circumstances.isClause(t, p)) return true;
    if (p >= t.size() || !lex.in("adjunct_prepositions", t.get(p).lower()) && !lex.in("time_words", t.get(p).lower())) return false;
    for (int k = p + 1; k < t.size(); k++) {
      Token w = t.get(k);
      if (w.is(",") || w.is(".") || w.is(";") || w.is("!")) return true;
      if (w.is("that") || w.isQuote() || w.is(":") || lex.cue(w.lower()) != null) return false;
    }
    return true;
  }

  /** Whether the content ends at {@code p}: the sentence end or a boundary, after any run of quotes (a loop, not recursion). */
  boolean isTerminal(List<Token> t, int p) {
    while (p < t.size() && t.get(p).isQuote()) p++;
    if (p >= t.size()) return true;
    Token k = t.get(p);
    return k.is(",") || k.is(".") || k.is("!") || k.is("?") || k.is(";") || k.is("citing") || isClosingAside(t, p);
  }

  /** "(updated)", "(video)" at the end of a sentence: an editor's aside, no content of the cue before it. */
  private static boolean isClosingAside(List<Token> t, int p) {
    if (!t.get(p).is("(")) return false;
    int close = p + 1;
    while (close < t.size() && close - p <= 4 && !t.get(close).is(")")) close++;
    if (close >= t.size() || !t.get(close).is(")")) return false;
    for (int k = close + 1; k < t.size(); k++) if (t.get(k).isWord()) return false;
    return true;
  }

  /** Index of the first content token of [from, to): skips a dateline ("OSLO, Dec. 2 (Nordwire) –"). */
  int contentStart(List<Token> t, int from, int to) {
    int limit = Math.min(to, from + DATELINE_WINDOW);
    for (int k = from + 1; k < limit; k++) {
      Token d = t.get(k);
      if ((d.is("–") || d.is("—") || d.is("-")) && isDatelineHead(t.get(from))) return k + 1;
    }
    while (from < to && (t.get(from).is(",") || t.get(from).is("-") || t.get(from).is("–"))) from++;
    return from;
  }

  /** "Monday" ... "Sunday": a day name, capitalized as a name of the day is. */
  private boolean isDayName(Token k) {
    return k.isCapitalized() && lex.in("time_words", k.lower()) && k.lower().endsWith("day") && !k.is("today");
  }

  private static boolean isDatelineHead(Token first) {
    String s = first.text();
    return s.length() > 1 && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(s.charAt(0));
  }

  /** End of content that runs from {@code p} to the end of the sentence, before a trailing relay or attribution. */
  int contentEnd(List<Token> t, int p) {
    for (int k = p; k < t.size(); k++) {
      if (!t.get(k).is(",")) continue;
      if (k + 1 < t.size() && (t.get(k + 1).is("citing") || t.get(k + 1).is("while") || t.get(k + 1).is("whereas"))) {
        return trimEnd(t, p, k);
      }
      if (k + 2 < t.size() && t.get(k + 1).is("according") && t.get(k + 2).is("to")) return trimEnd(t, p, k);
      int q = k + 1;
      while (q < t.size() && t.get(q).isQuote()) q++; // ",” Ann Lee told reporters.": the quote ends before its speaker
      int[] src = np.forward(t, q);
      int cueAt = src == null ? -1 : afterApposition(t, src[1]); // "the spokesman, Ann Lee, told ..."
      Cue after = cueAt >= 0 && cueAt < t.size() ? lex.cue(t.get(cueAt).lower()) : null;
      if (after != null && (isTerminal(t, cueAt + 1) || isTerminal(t, afterCue(t, cueAt, after)))) {
        return trimEnd(t, p, k);
      }
      if (opensStatement(t, k + 1)) return trimEnd(t, p, k);
    }
    return trimEnd(t, p, t.size());
  }

  /** {@code p}, or after an apposition of a few words between commas that starts there (", Ann Lee,"). */
  private static int afterApposition(List<Token> t, int p) {
    if (p >= t.size() || !t.get(p).is(",")) return p;
    for (int k = p + 1; k < Math.min(t.size(), p + 2 + STATEMENT_SUBJECT_MAX); k++) {
      if (t.get(k).is(",")) return k + 1;
      if (!t.get(k).isWord()) return p;
    }
    return p;
  }

  /**
   * Whether a statement of its own opens at {@code p}, after a comma: a finite cue verb ("says", "denies", "said"),
   * right away or after a subject of up to {@value #STATEMENT_SUBJECT_MAX} words, with words of its own after it
   * ("Acme denies layoffs, says the plant stays open", "..., mayor says the pier reopens"): the content before it
   * ends at the comma. Not a parenthetical (", officials say,"), hearsay ("said to"), a passive ("said by") or a time
   * ("said Tuesday").
   */
  private boolean opensStatement(List<Token> t, int p) {
    if (p >= t.size()) return false;
    int cue = p;
    if (lex.cue(t.get(p).lower()) == null) {
      int[] src = np.forward(t, p);
      if (src == null || src[1] - src[0] > STATEMENT_SUBJECT_MAX) return false;
      cue = src[1];
    }
    if (cue + 1 >= t.size()) return false;
    Cue c = lex.cue(t.get(cue).lower());
    String w = t.get(cue).lower();
    if (c == null || c.cueClass() == Cue.CueClass.ACCORDING || c.cueClass() == Cue.CueClass.CALL) return false;
    if (!w.equals("said") && !(w.endsWith("s") && !w.endsWith("ss"))) return false;
    Token next = t.get(cue + 1);
    return !isTerminal(t, cue + 1) && !next.is("to") && !next.is("by") && !lex.in("time_words", next.lower());
  }

  /** Content before a source: [start, end) without the trailing comma. */
  int[] quotedBefore(List<Token> t, int start, int end) {
    return new int[] {start, trimEnd(t, start, end)};
  }

  int trimEnd(List<Token> t, int start, int end) {
    while (end > start) {
      Token k = t.get(end - 1);
      if (k.is(",") || k.is(".") || k.is(";") || k.is(":") || k.is("/") || k.is("–") || k.is("-") || k.is("—")) end--;
      else break;
    }
    return end;
  }
}
