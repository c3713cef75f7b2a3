package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.claim.FunctionWords;
import io.claimwatch.extraction.lexicon.Cue.CueClass;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * Bounds the content that follows a cue to a clause: the content ends where the clause holding the cue ends (a
 * sentence-initial subordinate clause, "When the poll asked X, ...", or a relative one, "..., who told X, ...") and
 * starts at a clause, after a prepositional adjunct closed by a comma or colon ("said of the plan, it is ..."), after
 * the object "it" and its adverbial ("said it again, the plan is ..."), or at the subject after a listener ("told the
 * board she was ..."). A content that is no clause (a bare topic, "asked about the vote"; a directive, "told the crews
 * to leave", "called on X to Y"; an adjunct with nothing after it) has no bound: {@link #bound} returns the attribution
 * without a content, keeping its source and cue (see {@link RawAttribution#hasContent()}). The listener
 * rules are {@link Listeners}.
 */
final class ClauseBounds {
  /** How far a prepositional adjunct or the adverbial of "it" may reach before the comma that closes it. */
  private static final int ADJUNCT_REACH = 12;
  private static final java.util.regex.Pattern FRACTION_WORD = java.util.regex.Pattern.compile("(one|two|three|half)(-.*)?");
  /** How far the "that" of a content may follow the preposition of an adjunct ("said during a town hall in ..., that"). */
  private static final int THAT_REACH = 18;
  private final ExtractionLexicon lex;
  private final AttributionTails tails;
  private final Listeners listeners;

  ClauseBounds(ExtractionLexicon lex) {
    this.lex = lex;
    this.tails = new AttributionTails(lex);
    this.listeners = new Listeners(lex, THAT_REACH);
  }

  /** The attribution with its content bounded to a clause, or with no content when none can be bounded. */
  RawAttribution bound(List<Token> t, RawAttribution a) {
    if (!a.hasContent() || a.contentStart() < a.cueEnd() || a.falsityCall()) return a;
    if (isGappedRelative(t, a.sourceStart(), a.sourceEnd())) return a.withoutContent();
    // "called it “shameful”", "called Roe a fraud": a label without a falsity word is a small clause with no verb
    if (a.cue().lemma().equals("call") && a.contentStart() == a.cueEnd()) return a.withoutContent();
    if (a.cue().cueClass() == CueClass.ACCORDING && !t.get(a.contentStart() - 1).is(",")) {
      int c = commaWithin(t, a.contentStart(), a.contentEnd()); // "according to the Tribune/Globe poll out Friday, X"
      if (c >= 0) return a.withContent(c + 1, a.contentEnd());
    }
    int end = Math.min(a.contentEnd(), enclosingClauseEnd(t, a));
    int start = afterClosingQuotes(t, a.contentStart(), end);
    if (start < 0) return a.withoutContent();
    if (opensClause(t, start)) return a.withContent(start, end);
    start = afterClosingQuotes(t, clauseStart(t, a, start, end), end);
    return start < 0 ? a.withoutContent() : a.withContent(start, trimEnd(t, start, end));
  }

  /**
   * {@code start} after any quote mark that closed before it, or -1 when nothing or only another attribution follows
   * ("about it after she retired, ” the memoir said": the content ends before the quote mark).
   */
  private int afterClosingQuotes(List<Token> t, int start, int end) {
    if (start < 0) return -1;
    while (start < end && isClosingQuote(t.get(start))) start++;
    return start >= end || tails.isTail(t, start, end) ? -1 : start;
  }

  /**
   * "the impact it said the plan would have", "the things they say he did": a pronoun source right after a noun with
   * its determiner is a relative clause without "that", and the content lacks what the noun fills (a gap); so does
   * the content of a source after "what" or an indefinite head ("what Roe says the plan would do", "anything it
   * does know", "something a caller told the dispatcher").
   */
  private boolean isGappedRelative(List<Token> t, int sourceStart, int sourceEnd) {
    if (sourceStart >= 1 && lex.in("gap_heads", t.get(sourceStart - 1).lower())) return true; // "what Roe says"
    if (sourceStart >= 2 && lex.in("gap_determiners", t.get(sourceStart - 1).lower())
        && lex.in("gap_heads", t.get(sourceStart - 2).lower()) && !t.get(sourceStart - 2).is("what")) {
      return true; // "something a caller told the dispatcher"
    }
    if (sourceStart < 2 || sourceEnd - sourceStart != 1 || !FunctionWords.SUBJECT_PRONOUNS.contains(t.get(sourceStart).lower())) return false;
    Token noun = t.get(sourceStart - 1);
    return noun.isWord() && !noun.isCapitalized() && lex.in("gap_determiners", t.get(sourceStart - 2).lower())
        && !lex.in("time_words", noun.lower()) && !lex.in("function_words", noun.lower())
        && !lex.in("between_source_and_cue", noun.lower()) && !noun.lower().endsWith("ly");
  }

  /** Whether the content right after the cue already is a clause: it follows "that", a colon or a quote mark. */
  private static boolean opensClause(List<Token> t, int start) {
    if (start >= t.size()) return true;
    Token prev = start > 0 ? t.get(start - 1) : null;
    return t.get(start).isQuote() || prev != null && (prev.is("that") || prev.is(":") || prev.isQuote());
  }

  /**
   * The end of the clause that holds the cue when the cue is in a sentence-initial subordinate clause ("When the poll
   * asked about X, Clinton led") or a relative clause after a comma ("Roe, who asked the board to wait, left"): the
   * next comma. Else the content's own end.
   */
  private int enclosingClauseEnd(List<Token> t, RawAttribution a) {
    boolean relative = a.sourceStart() > 0 && t.get(a.sourceStart()).is("who") && t.get(a.sourceStart() - 1).is(",");
    boolean subordinate = !t.isEmpty() && lex.in("clause_subordinators", t.get(0).lower()) && noCommaBefore(t, a.cueStart());
    if (!relative && !subordinate) return a.contentEnd();
    for (int k = a.contentStart(); k < a.contentEnd(); k++) if (t.get(k).is(",")) return k;
    return a.contentEnd();
  }

  private static boolean noCommaBefore(List<Token> t, int cue) {
    for (int k = 0; k < cue; k++) if (t.get(k).is(",") || t.get(k).isQuote()) return false;
    return true;
  }

  /** The first token of the clause in [start, end), or -1 when the content holds no clause. */
  private int clauseStart(List<Token> t, RawAttribution a, int start, int end) {
    Token first = t.get(start);
    String lemma = a.cue().lemma();
    if (lex.in("phrase_prepositions", first.lower()) && !isApproximation(t, start) && !isAnaphoricTopic(t, start + 1, end)) {
      int speech = afterSpeechVerb(t, start + 1, end); // "tweeted to say he ...", "responded by saying X"
      if (speech >= 0) return speech;
      int clause = afterClosingPunct(t, start + 1, end); // "said of the plan, it is ..." / "asked about the vote" (none)
      // "the gazette reported on the sale of the pier": a report's topic is the claim it reports, in nominal form
      return clause < 0 && a.cue().cueClass() == CueClass.REPORT ? start : clause;
    }
    if ((first.is("it") || first.is("this")) && start + 1 < end && isAdverbialOpener(t.get(start + 1))) {
      return afterClosingPunct(t, start + 1, end); // "said it over and over, he is proud"
    }
    if (!lex.in("listener_cues", lemma)) return start;
    if (Listeners.unskipped(t, a.cueEnd(), start)) return listeners.contentStart(t, start, end);
    return t.get(start - 1).is(",") && listeners.directiveAfterApposition(t, start, end) ? -1 : start;
  }

  /** "commented on the report", "asked about it": the topic is an earlier claim (the content stays, as an anaphor). */
  private boolean isAnaphoricTopic(List<Token> t, int from, int end) {
    StringBuilder topic = new StringBuilder();
    for (int k = from; k < end; k++) {
      if (!t.get(k).isWord()) continue;
      if (!topic.isEmpty()) topic.append(' ');
      topic.append(t.get(k).lower().replace('’', '\''));
    }
    return lex.in("anaphoric_content", topic.toString());
  }

  /** The content after an infinitive or gerund of a cue verb ("to say", "by saying") and its "that", or -1. */
  private int afterSpeechVerb(List<Token> t, int k, int end) {
    if (k + 1 >= end || lex.cue(t.get(k).lower()) == null) return -1;
    int c = k + 1;
    while (c < end && (t.get(c).is("that") || t.get(c).is(",") || t.get(c).is(":"))) c++;
    return c < end ? c : -1;
  }

  /** "about 40 percent", "about one-third": "about" before a number is no preposition. */
  private static boolean isApproximation(List<Token> t, int k) {
    return t.get(k).is("about") && k + 1 < t.size() && Character.isDigit(t.get(k + 1).text().charAt(0))
        || t.get(k).is("about") && k + 1 < t.size() && FRACTION_WORD.matcher(t.get(k + 1).lower()).matches();
  }

  private static boolean isParticiple(Token k) {
    return k.isWord() && !k.isCapitalized() && k.lower().endsWith("ing") && k.lower().length() > 4;
  }

  private boolean isAdverbialOpener(Token k) {
    return lex.in("phrase_prepositions", k.lower()) || lex.in("it_adverbials", k.lower());
  }

  /**
   * The first token of the clause after an adjunct opened before {@code from}: after its "that" ("said during a town
   * hall in Salem, Ore., that ..."), after the comma or colon that closes it when a clause follows ("said in a post,
   * voters are ..."; not "commented on the focus, scope or targets"), or at a subject and auxiliary right after it
   * ("said with confidence there has been ..."); -1 when the adjunct is all there is ("asked about the vote").
   */
  private int afterClosingPunct(List<Token> t, int from, int end) {
    int comma = -1;
    for (int k = from; k < Math.min(end, from + THAT_REACH); k++) {
      Token w = t.get(k);
      if (w.is("that") && k + 1 < end && (t.get(k + 1).isWord() || t.get(k + 1).isOpeningQuote())) return k + 1;
      if (comma < 0 && k < from + ADJUNCT_REACH && (w.is(",") || w.is(":"))) comma = k;
      if (w.isOpeningQuote() || isSentenceStop(t, k) || w.is(";") || lex.cue(w.lower()) != null) break;
    }
    if (comma >= 0) return clauseAfter(t, comma + 1, end);
    for (int k = from + 1; k < Math.min(end, from + ADJUNCT_REACH); k++) {
      if (!t.get(k).isWord() || lex.cue(t.get(k).lower()) != null) return -1;
      if (opensSubject(t.get(k)) && !t.get(k).isCapitalized() && auxiliaryWithin(t, k + 1, end)) return k;
    }
    return -1;
  }

  /** The comma within adjunct reach of {@code from}, before any quote, cue or sentence stop, or -1. */
  private int commaWithin(List<Token> t, int from, int end) {
    for (int k = from; k < Math.min(end - 1, from + ADJUNCT_REACH); k++) {
      Token w = t.get(k);
      if (w.is(",")) return k;
      if (w.isQuote() || isSentenceStop(t, k) || lex.cue(w.lower()) != null) return -1;
    }
    return -1;
  }

  /** A period that ends a sentence, not that of an abbreviation before a comma ("Dover, Del., that"). */
  private static boolean isSentenceStop(List<Token> t, int k) {
    return t.get(k).is(".") && (k + 1 >= t.size() || !t.get(k + 1).is(","));
  }

  /** The clause that starts at {@code s} (after the punctuation closing an adjunct), or -1 when none does. */
  private int clauseAfter(List<Token> t, int s, int end) {
    while (s < end && (t.get(s).is(",") || t.get(s).is(":"))) s++;
    int q = s;
    while (q < end && t.get(q).isQuote()) q++;
    if (q >= end) return -1;
    if (isParticiple(t.get(q))) return isSpeechParticiple(t, q) ? s : -1; // "..., adding that X" / "..., calling it"
    if (isNumber(t.get(q)) && s >= 2 && isNumber(t.get(s - 2))) return -1; // "in a March 19, 2011 message": a date
    return opensSubject(t.get(q)) || auxiliaryWithin(t, q + 1, end) ? s : -1;
  }

  /** Whether an auxiliary or modal verb is among the next two tokens ("women won't be", "past performance is"). */
  private boolean auxiliaryWithin(List<Token> t, int k, int end) {
    for (int j = k; j < Math.min(end, k + 2); j++) if (lex.in("auxiliaries", t.get(j).lower().replace('’', '\''))) return true;
    return false;
  }

  private static boolean isNumber(Token k) {
    return !k.text().isEmpty() && Character.isDigit(k.text().charAt(0));
  }

  /** A participle of speech before its content: "adding that", "noting," (the claim text starts after it). */
  private boolean isSpeechParticiple(List<Token> t, int k) {
    return lex.cue(t.get(k).lower()) != null && k + 1 < t.size()
        && (t.get(k + 1).is("that") || t.get(k + 1).is(",") || t.get(k + 1).isOpeningQuote());
  }

  /** Whether a word can open the subject of a clause: a pronoun, determiner, name, number or quote mark. */
  private boolean opensSubject(Token k) {
    return k.isOpeningQuote() || k.isCapitalized() || isNumber(k)
        || FunctionWords.SUBJECT_PRONOUNS.contains(k.lower()) || lex.in("subject_determiners", k.lower());
  }

  private static boolean isClosingQuote(Token k) {
    return k.is("”") || k.is("’") || k.is("»");
  }

  private static int trimEnd(List<Token> t, int start, int end) {
    while (end > start && (t.get(end - 1).is(",") || t.get(end - 1).is(":") || t.get(end - 1).is(";"))) end--;
    return end;
  }
}
