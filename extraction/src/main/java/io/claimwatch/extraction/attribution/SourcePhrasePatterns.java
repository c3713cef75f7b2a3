package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.Cue;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The source-phrase patterns of {@link CueRules} beyond "SOURCE CUE": a source with its apposition ("Jane Roe, a
 * lawyer for the city, said"), a citation between source and cue ("Nordwire, citing the Harbor Times, reported"),
 * and demands ("X called for Y", "X called on Y to ..."). Tuned on PolNeAR train (apposition spans as the corpus marks
 * them). Immutable.
 */
final class SourcePhrasePatterns {
  private static final int MAX_APPOSITION = 30;
  /** Words that join a clause whose subject a later participle can report for ({@link #clauseSubject}). */
  private static final Set<String> CLAUSE_JOINS = Set.of("while", "whereas", "but", "and", "yet", "although", "though");
  private final ExtractionLexicon lex;
  private final NounPhrases np;
  private final Spans spans;

  SourcePhrasePatterns(ExtractionLexicon lex, NounPhrases np, Spans spans) {
    this.lex = lex;
    this.np = np;
    this.spans = spans;
  }

  /**
   * "X called for Y", "X called on Y to Z", "X called Y “quoted words”": a demand or a characterization, no side
   * (a HEDGE cue); "called it false" is {@link #call}'s falsity verdict.
   */
  RawAttribution callFor(List<Token> t, int i, Cue cue) {
    if (i + 2 >= t.size()) return null;
    boolean forOn = t.get(i + 1).is("for") || t.get(i + 1).is("on") && hasToWithin(t, i + 2, 8);
    boolean quote = false;
    for (int k = i + 1; k < Math.min(t.size(), i + 6) && !forOn; k++) {
      if (t.get(k).isOpeningQuote() || t.get(k).is("\"") || t.get(k).is("''") || t.get(k).is("``")) quote = true;
      if (!t.get(k).isWord() && !t.get(k).isQuote()) break;
    }
    if (!forOn && !quote) return null;
    int j = spans.skipBetween(t, i - 1, null);
    int[] src = withApposition(t, j);
    if (src == null) src = np.backward(t, j + 1);
    if (src == null || src[1] != j + 1) return null;
    int c = forOn ? i + 2 : i + 1;
    int end = spans.contentEnd(t, c);
    if (end <= c) return null;
    Cue demand = new Cue(cue.form(), cue.lemma(), Cue.CueClass.HEDGE, true);
    return new RawAttribution(src[0], src[1], i, i + 1, c, end, demand, false, false, false, -1, -1, false);
  }

  private static boolean hasToWithin(List<Token> t, int from, int window) {
    for (int k = from; k < Math.min(t.size(), from + window); k++) if (t.get(k).is("to")) return true;
    return false;
  }

  /**
   * "Jane Roe, a lawyer for the city, said": the source span runs from the noun phrase through its apposition and the
   * comma before the cue (as news attribution corpora mark it); the identity is the phrase before the first comma.
   */
  int[] withApposition(List<Token> t, int j) {
    if (j < 2 || !t.get(j).is(",")) return null;
    boolean relative = false;
    boolean verbLike = false;
    for (int k = j - 1; k >= 1 && j - k <= MAX_APPOSITION; k--) {
      Token w = t.get(k);
      if (w.isQuote() || w.is(".") || w.is(";") || w.is(":") || w.is("?") || w.is("!")) return null;
      if (!w.is(",")) {
        // "Roe, who was elected in May," is an apposition; "Sochi, the mayor congratulated Roe," is a clause
        if (w.is("who") || w.is("whose") || w.is("which")) relative = true;
        if (!relative && w.isWord() && !w.isCapitalized() && w.lower().endsWith("ed") && w.lower().length() > 4) verbLike = true;
        continue;
      }
      if (verbLike && !relative) return null;
      if (k + 1 >= j || t.get(k + 1).is("and") || t.get(k + 1).is("but") || t.get(k + 1).is("or")
          || lex.in("prepositions", t.get(k + 1).lower())) {
        return null;
      }
      int[] head = np.backward(t, k);
      if (head == null || head[1] != k || np.isPronoun(t.get(head[0])) && head[1] - head[0] == 1) return null;
      return new int[] {head[0], j + 1};
    }
    return null;
  }

  /**
   * "..., said Jane Roe, a lawyer for the city.": a source after its cue runs on through its apposition ("a lawyer for
   * the city", "who runs the clinic", "29, of Dayton") to the end of the sentence, as news attribution corpora mark it,
   * and stops before an adjunct that is not about the source (", adding that ...", ", in a statement", ", on
   * Tuesday", ", but ..."). {@code head} is the name phrase; the identity stays the phrase before the first comma.
   */
  int[] withTrailingApposition(List<Token> t, int[] head) {
    int comma = head[1];
    if (comma + 1 >= t.size() || !t.get(comma).is(",") || !opensApposition(t.get(comma + 1))) return head;
    int e = comma + 1;
    while (e < t.size() && e - comma <= MAX_APPOSITION) {
      Token w = t.get(e);
      if (w.is(".") || w.is(";") || w.is(":") || w.is("?") || w.is("!") || w.isQuote() || w.is("(")) break;
      if (w.is(",") && (e + 1 >= t.size() || !opensApposition(t.get(e + 1)) && !isAgeThenPlace(t, e))) break;
      e++;
    }
    if (e - comma > MAX_APPOSITION || e < t.size() && t.get(e).isQuote()) return head;
    while (e > comma + 1 && t.get(e - 1).is(",")) e--;
    return e > comma + 1 ? new int[] {head[0], e} : head;
  }

  /**
   * "Roe praised the plan, saying it would pass", "Roe kept quiet, stating, “We will see.”": a participle after a
   * comma reports for the subject of its clause ({@link #clauseSubject}); a quoted content ends with its quote. A
   * participle inside quoted speech ("... afraid of saying the wrong thing,” he said") is the speaker's word, not an
   * attribution.
   */
  RawAttribution participle(List<Token> t, int i, Cue cue, boolean negated, boolean hedged, boolean neitherNor) {
    if (insideQuote(t, i)) return null;
    int[] subject = clauseSubject(t, i - 1);
    int afterCue = spans.afterCue(t, i, cue);
    int end = spans.contentEnd(t, afterCue);
    if (subject == null || end <= afterCue) return null;
    if (t.get(afterCue).isOpeningQuote() || t.get(afterCue).is("\"")) {
      for (int k = afterCue + 1; k < end; k++) {
        if (t.get(k).is("”") || t.get(k).is("\"")) {
          end = k + 1;
          break;
        }
      }
    }
    return new RawAttribution(subject[0], subject[1], i, i + 1, afterCue, end, cue, negated, hedged, neitherNor, -1,
        -1, false);
  }

  /** Whether more quotation marks open than close before token {@code i} (straight quotes alternate). */
  private static boolean insideQuote(List<Token> t, int i) {
    int open = 0;
    boolean straight = false;
    for (int k = 0; k < i; k++) {
      if (t.get(k).is("“")) open++;
      else if (t.get(k).is("”")) open = Math.max(0, open - 1);
      else if (t.get(k).is("\"")) straight = !straight;
    }
    return open > 0 || straight;
  }

  /**
   * The subject of the clause that ends at token {@code comma} ("Roe praised the plan, saying ..."; "On Monday, Roe
   * praised the plan, saying ..."; "Lee denied it, while Roe kept quiet, saying ..." → Roe): the last noun phrase
   * before the comma that opens the sentence (after a leading adverbial and its comma) or a clause joined by a
   * coordinator or "while", and is followed by a lowercase word (its verb); null when there is none. A "that" clause
   * is no such clause: the participle belongs to the clause that reports it.
   */
  int[] clauseSubject(List<Token> t, int comma) {
    int s = 0;
    while (s < comma && (t.get(s).isQuote() || !t.get(s).isWord())) s++;
    if (s < comma && (lex.in("prepositions", t.get(s).lower()) || lex.in("sentence_openers", t.get(s).lower()))) {
      int c = s;
      while (c < comma && !t.get(c).is(",")) c++;
      s = c + 1;
    }
    int[] best = subjectAt(t, s, comma);
    for (int k = s + 1; k < comma; k++) {
      if (CLAUSE_JOINS.contains(t.get(k - 1).lower())) {
        int[] later = subjectAt(t, k, comma);
        if (later != null) best = later;
      }
    }
    return best;
  }

  /** The noun phrase at {@code s} when a lowercase verb-like word follows it before {@code comma}, else null. */
  private int[] subjectAt(List<Token> t, int s, int comma) {
    if (s >= comma) return null;
    int[] subject = np.forward(t, s);
    if (subject == null || subject[0] != s || subject[1] >= comma) return null;
    int v = subject[1];
    while (v < comma && (lex.in("between_source_and_cue", t.get(v).lower()) || t.get(v).lower().endsWith("ly"))) v++;
    Token verb = t.get(v);
    return v < comma && verb.isWord() && !verb.isCapitalized() && !lex.in("prepositions", verb.lower())
        && !lex.in("function_words", verb.lower()) ? subject : null;
  }

  /** "Ola Dahl, 41, of Nordby": an age, then where the person is from. */
  private static boolean isAgeThenPlace(List<Token> t, int comma) {
    return comma + 1 < t.size() && t.get(comma + 1).is("of") && t.get(comma - 1).text().chars().allMatch(Character::isDigit);
  }

  /** Whether a word after a source's comma can open its apposition (not an adjunct, a conjunction or a participle). */
  private boolean opensApposition(Token w) {
    if (!w.isWord()) return false;
    String lower = w.lower();
    return !lex.in("prepositions", lower) && !lex.in("time_words", lower) && !lower.endsWith("ing")
        && !lower.equals("and") && !lower.equals("but") && !lower.equals("or") && !lower.equals("according")
        && !lower.equals("then") && !lower.equals("so");
  }

  /** "Nordwire, citing the Harbor Times, reported that X": source before ", citing", the cited outlet between it and the cue. */
  RawAttribution citingBeforeCue(List<Token> t, int i, int j, Cue cue, boolean negated, boolean hedged,
      boolean neitherNor) {
    if (j < 3 || !t.get(j).is(",")) return null;
    for (int c = j - 1; c >= 2 && j - c <= 10; c--) {
      if (!t.get(c).is("citing")) continue;
      if (!t.get(c - 1).is(",")) return null;
      int[] cited = np.forward(t, c + 1);
      int[] src = np.backward(t, c - 1);
      if (cited == null || cited[1] != j || src == null || src[1] != c - 1) return null;
      int afterCue = spans.afterCue(t, i, cue);
      int end = spans.contentEnd(t, afterCue);
      if (end <= afterCue) return null;
      return new RawAttribution(src[0], src[1], i, i + 1, afterCue, end, cue, negated, hedged, neitherNor, cited[0],
          cited[1], false);
    }
    return null;
  }
}
