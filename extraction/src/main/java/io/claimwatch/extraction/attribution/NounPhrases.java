package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * Finds the source noun phrase next to a cue without a POS tagger: a run of capitalized words, possessives, name
 * connectors, role/title words and anonymity words ("two people familiar with the plans"), or a single pronoun or
 * "the latter". Returns token ranges [start, end) or null.
 */
final class NounPhrases {
  private static final int MAX_LENGTH = 9;
  private static final int MAX_COMMON = 3;
  private final ExtractionLexicon lex;

  NounPhrases(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /** The phrase ending at token {@code end - 1}, or null. */
  int[] backward(List<Token> t, int end) {
    int j = end - 1;
    if (j < 0) return null;
    Token last = t.get(j);
    if (isPronoun(last) || last.is("who") && j > 0 && t.get(j - 1).is(",")) return new int[] {j, end};
    if (lex.in("ordinal_refs", last.lower()) && j > 0 && t.get(j - 1).is("the")) return new int[] {j - 1, end};
    int k = j;
    int familiar = familiarTail(t, j);
    if (familiar >= 0) k = familiar;
    else if (!isPart(t.get(j)) && !isCommonNoun(last) || lex.in("np_inner", last.lower())) {
      return null;
    }
    int start = k;
    while (start - 1 >= 0 && end - (start - 1) <= MAX_LENGTH && isPart(t.get(start - 1))) start--;
    start = extendOverCommonNouns(t, start, end);
    while (start < end && (lex.in("np_inner", t.get(start).lower()) && !t.get(start).is("the")
        || lex.in("sentence_openers", t.get(start).lower()))) {
      start++;
    }
    return hasHead(t, start, end) ? new int[] {start, end} : null;
  }

  /** The phrase starting at token {@code start}, or null. */
  int[] forward(List<Token> t, int start) {
    if (start >= t.size()) return null;
    Token first = t.get(start);
    if (isPronoun(first)) return new int[] {start, start + 1};
    int common = commonAfterDeterminer(t, start);
    if (common > 0) return new int[] {start, common}; // "the radio", "the crews": "the" is also a part of names
    int end = start;
    while (end < t.size() && end - start < MAX_COMMON && (isDeterminer(t.get(end)) || isCommonNoun(t.get(end)))
        && !isPart(t.get(end))) {
      end++;
    }
    if (end > start && (end >= t.size() || !isPart(t.get(end)))) end = start; // a common phrase not before a name
    while (end < t.size() && end - start < MAX_LENGTH && isPart(t.get(end))) end++;
    if (end < t.size() && isFamiliar(t, end) || end > start && isFamiliar(t, end - 1)) {
      if (!isFamiliar(t, end - 1)) end++;
      while (end < t.size() && end - start < MAX_LENGTH + 4 && t.get(end).isWord() && !isCueWord(t.get(end))) end++;
    }
    while (end > start && lex.in("np_inner", t.get(end - 1).lower())) end--;
    return end > start && hasHead(t, start, end) ? new int[] {start, end} : null;
  }

  /**
   * Lowercase words right before a phrase ("the port authority", "harbor master Ivo Berg") belong to it when a
   * determiner or a boundary (sentence start, punctuation) comes within {@link #MAX_COMMON} words.
   */
  private int extendOverCommonNouns(List<Token> t, int start, int end) {
    for (int s = start - 1; s >= Math.max(0, start - 1 - MAX_COMMON); s--) {
      Token k = t.get(s);
      if (isDeterminer(k)) return s;
      if (isQuantifier(k)) {
        while (s > 0 && isQuantifier(t.get(s - 1))) s--;
        return s;
      }
      if (isPluralPossessive(t, s)) continue; // "dockworkers' union leader Ann Roe": the owner is in the phrase
      if (!k.isWord() || k.isQuote()) return s + 1 < end ? s + 1 : start;
      if (s < start - 1 && isPart(k) && !lex.in("prepositions", k.lower())) return namedPremodifier(t, s, start);
      if (!isCommonNoun(k)) return start;
      if (s == 0) return 0;
    }
    return start;
  }

  /** The apostrophe of a plural possessive at {@code i}, attached to a word in "s" ("the dockworkers' union"). */
  private static boolean isPluralPossessive(List<Token> t, int i) {
    Token k = t.get(i);
    if (!(k.is("'") || k.is("’")) || i == 0) return false;
    Token owner = t.get(i - 1);
    return owner.isWord() && owner.end() == k.start() && owner.lower().endsWith("s");
  }

  /**
   * "Democratic pollster Ann Roe", "Harbor Times senior editor Ann Roe": a name before the role nouns that precede the
   * person is part of the phrase when a boundary, a preposition or a determiner comes before it; {@code last} is the
   * name's last token. Otherwise the phrase keeps {@code start}.
   */
  private int namedPremodifier(List<Token> t, int last, int start) {
    int p = last;
    while (p - 1 >= 0 && start - p < MAX_LENGTH && isPart(t.get(p - 1)) && !lex.in("prepositions", t.get(p - 1).lower())) {
      p--;
    }
    if (p == 0) return 0;
    Token before = t.get(p - 1);
    if (isDeterminer(before)) return p - 1;
    return !before.isWord() || before.isQuote() || lex.in("prepositions", before.lower()) ? p : start;
  }

  /** The end of a determiner and common nouns that a sentence end, punctuation or a cue word follows, or -1. */
  private int commonAfterDeterminer(List<Token> t, int start) {
    if (!isDeterminer(t.get(start))) return -1;
    int e = start + 1;
    while (e < t.size() && e - start <= MAX_COMMON && isCommonNoun(t.get(e))) e++;
    return e > start + 1 && (e >= t.size() || !t.get(e).isWord() || isCueWord(t.get(e))) ? e : -1;
  }

  private boolean isCommonNoun(Token k) {
    String l = k.lower();
    return k.isWord() && !k.isCapitalized() && !isCueWord(k) && !lex.in("between_source_and_cue", l)
        && !lex.in("function_words", l)
        && !lex.in("np_inner", l) && !lex.in("sentence_openers", l) && !lex.in("negations", l) && !lex.in("be_forms", l)
        && !isPronoun(k) && !l.equals("that") && !l.equals("who") && !l.equals("which") && !l.equals("to")
        && !l.endsWith("ed") && !l.endsWith("ing") && !l.endsWith("ly");
  }

  /** "some voters", "many donors", "21 percent": words that open a plural noun phrase. */
  private static boolean isQuantifier(Token k) {
    String l = k.lower();
    return l.equals("some") || l.equals("many") || l.equals("most") || l.equals("several") || l.equals("other")
        || l.equals("few") || l.equals("both") || l.equals("all") || l.equals("one") || l.equals("two")
        || l.equals("three") || l.equals("nearly") || l.equals("about") || Character.isDigit(l.charAt(0));
  }

  private static boolean isDeterminer(Token k) {
    String l = k.lower();
    return l.equals("the") || l.equals("a") || l.equals("an") || l.equals("his") || l.equals("her") || l.equals("its")
        || l.equals("their") || l.equals("this") || l.equals("that") && false;
  }

  boolean isPronoun(Token t) {
    return lex.in("pronouns_person", t.lower()) || lex.in("pronouns_group", t.lower());
  }

  /** "... sources familiar with the matter": index of the phrase's head before "familiar", or -1. */
  private int familiarTail(List<Token> t, int j) {
    for (int f = j; f >= Math.max(0, j - 4); f--) {
      if (!t.get(f).isWord()) return -1;
      if (isFamiliar(t, f) && f > 0 && lex.in("anonymous_heads", t.get(f - 1).lower())) return f - 1;
    }
    return -1;
  }

  /** "familiar with", "close to", "knowledgeable about": what makes "people ..." an anonymous source phrase. */
  private static boolean isFamiliar(List<Token> t, int k) {
    Token w = t.get(k);
    if (w.is("familiar")) return true;
    boolean next = k + 1 < t.size() && (t.get(k + 1).is("to") || t.get(k + 1).is("with") || t.get(k + 1).is("about"));
    return next && (w.is("close") || w.is("knowledgeable"));
  }

  private boolean isCueWord(Token t) {
    return lex.cue(t.lower()) != null;
  }

  private boolean isPart(Token t) {
    if (!t.isWord()) return t.is("'s") || t.is("’s");
    if (t.is("'s")) return true;
    String l = t.lower();
    if (isCueWord(t) && !t.isCapitalized()) return false;
    return t.isCapitalized() && !lex.in("sentence_openers", l) || lex.in("np_inner", l) || lex.roleKind(l) != null
        || lex.in("anonymous_heads", l) || lex.in("anonymous_markers", l) && !l.equals("according")
        || lex.in("sentence_openers", l) && t.isCapitalized();
  }

  private boolean hasHead(List<Token> t, int start, int end) {
    if (end - start >= 2 && isCommonNoun(t.get(end - 1)) && (isDeterminer(t.get(start)) || isQuantifier(t.get(start)))) return true;
    // a bare plural noun at a clause start: "donors said", "Abortion rights advocates said"
    Token last = t.get(end - 1);
    if (isCommonNoun(last) && last.lower().endsWith("s") && !last.lower().endsWith("ss")
        && (start == 0 || !t.get(start - 1).isWord())) return true;
    for (int i = start; i < end; i++) {
      Token k = t.get(i);
      String l = k.lower();
      if (k.isCapitalized() && !lex.in("sentence_openers", l) && !lex.in("np_inner", l)) return true;
      if (lex.roleKind(l) != null || lex.in("anonymous_heads", l)) return true;
    }
    return false;
  }
}
