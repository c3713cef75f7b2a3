package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.Cue;
import io.claimwatch.extraction.lexicon.Cue.CueClass;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The attribution patterns of one sentence: "SOURCE [adverbs] CUE [object] [that] CONTENT", "CONTENT, SOURCE CUE",
 * "CONTENT, CUE SOURCE", "according to SOURCE, CONTENT" / "CONTENT, according to SOURCE", passive
 * "CONTENT was CUE by SOURCE", "SOURCE called CONTENT false", plus modifiers: ", citing X" (a relay or anonymous
 * sourcing; also "X, citing Y, said"), ", calling it false" (a denial), "did not"/"declined to" (negated cue),
 * "neither ... nor". Hearsay raising ("X is said to V") names no source and is no attribution; "X claims to V" keeps
 * its "to V" content unbounded for {@link Raising#raised}. A content after its cue is bounded to a clause ({@link ClauseBounds}); one that is no clause is
 * left empty.
 */
public final class CueRules {
  private final ExtractionLexicon lex;
  private final NounPhrases np;
  private final Spans spans;
  private final SourcePhrasePatterns variants;
  private final ClauseBounds bounds;
  private final Raising raising;
  private final PassiveCues passives;
  private final ColonSpeech colonSpeech;

  public CueRules(ExtractionLexicon lex) {
    this.lex = lex;
    this.np = new NounPhrases(lex);
    this.spans = new Spans(lex, np);
    this.variants = new SourcePhrasePatterns(lex, np, spans);
    this.bounds = new ClauseBounds(lex);
    this.raising = new Raising(lex);
    this.passives = new PassiveCues(lex);
    this.colonSpeech = new ColonSpeech(lex);
  }

  /** The raising constructions the rules recognize ("X said to V" is hearsay, "X claims to V" raises X). */
  public Raising raising() {
    return raising;
  }

  /** Whether the sentence has any cue word (the cheap filter before the rules run). */
  public boolean hasCue(List<Token> t) {
    for (Token k : t) if (lex.cue(k.lower()) != null) return true;
    return colonSpeech.colonAt(t) > 0;
  }

  public List<RawAttribution> find(List<Token> t) {
    List<RawAttribution> out = new ArrayList<>();
    int colon = colonSpeech.colonAt(t);
    if (colon > 0) { // "Ana Ruiz: I am not leaving": the colon stands for a neutral speech verb
      out.add(new RawAttribution(0, colon, colon, colon + 1, colon + 1, spans.trimEnd(t, colon + 1, t.size()),
          lex.cue("said"), false, false, false, -1, -1, false));
    }
    for (int i = 0; i < t.size(); i++) {
      Cue cue = lex.cue(t.get(i).lower());
      if (cue == null || insideSource(out, i)) continue;
      if (i > 0 && t.get(i).isCapitalized() && t.get(i - 1).isWord() && t.get(i - 1).isCapitalized()) continue;
      RawAttribution a = switch (cue.cueClass()) {
        case ACCORDING -> i + 1 < t.size() && t.get(i + 1).is("to") ? according(t, i, cue) : null;
        case CALL -> call(t, i, cue, out);
        default -> verb(t, i, cue);
      };
      if (a != null && raising.isSubjectRaising(t, i) && a.contentStart() == i + 1) out.add(withCiting(t, a));
      else if (a != null) out.add(bounds.bound(t, withCiting(t, a)));
    }
    return out;
  }

  private static boolean insideSource(List<RawAttribution> found, int i) {
    for (RawAttribution a : found) if (i >= a.sourceStart() && i < a.sourceEnd() || i >= a.cueStart() && i < a.cueEnd()) return true;
    return false;
  }

  private RawAttribution according(List<Token> t, int i, Cue cue) {
    int[] src = np.forward(t, i + 2);
    if (src == null) return null;
    int before = spans.contentStart(t, 0, i);
    if (before < i - 1) {
      return new RawAttribution(src[0], src[1], i, i + 2, before, spans.trimEnd(t, before, i), cue, false, false,
          false, -1, -1, false);
    }
    int c = src[1];
    for (int k = c; k < Math.min(t.size(), c + 12); k++) {
      if (t.get(k).is(",")) {
        c = k;
        break;
      }
      if (!t.get(k).isWord()) break;
    }
    while (c < t.size() && (t.get(c).is(",") || t.get(c).is(":"))) c++;
    int end = spans.contentEnd(t, c);
    if (end <= c) return null;
    return new RawAttribution(src[0], src[1], i, i + 2, c, end, cue, false, false, false, -1, -1, false);
  }

  /** The noun phrase ending right before token {@code end} (the antecedent of a relative "who"), or null. */
  public int[] phraseBefore(List<Token> t, int end) {
    return end <= 0 ? null : np.backward(t, end);
  }

  private RawAttribution call(List<Token> t, int i, Cue cue, List<RawAttribution> found) {
    if (i > 0 && (isDeterminer(t.get(i - 1)) || t.get(i - 1).is("such") || t.get(i - 1).is("any") || t.get(i - 1).is("no"))) {
      return null; // "such calls occurred", "the calls were recorded": a noun
    }
    if (passives.isWithoutAgent(t, i)) return null;
    int falsity = -1;
    for (int k = i + 1; k < Math.min(t.size(), i + 7) && falsity < 0; k++) {
      Token w = t.get(k);
      if (lex.in("falsity", w.lower())) falsity = k;
      else if (!w.isWord() && !w.isQuote() || w.is("but") || w.isCapitalized()) break;
    }
    if (falsity < 0) return i > 0 && t.get(i - 1).is(",") ? null : variants.callFor(t, i, cue);
    if (i > 0 && t.get(i - 1).is(",") && !found.isEmpty()) {
      found.set(found.size() - 1, found.get(found.size() - 1).withFalsityCall());
      return null;
    }
    int[] src = np.backward(t, spans.skipBetween(t, i - 1, null) + 1);
    if (src == null) return null;
    int c = i + 1;
    int end = falsity;
    while (end > c && !t.get(end - 1).isWord() || end > c + 1 && lex.in("falsity_modifiers", t.get(end - 1).lower())) end--;
    if (end <= c) end = c;
    return new RawAttribution(src[0], src[1], i, i + 1, c, Math.max(end, c + 1), cue, false, false, false, -1, -1, true);
  }

  private RawAttribution verb(List<Token> t, int i, Cue cue) {
    if (i > 0 && (isDeterminer(t.get(i - 1)) || isPrepositionBefore(t, i)) || raising.isHearsay(t, i)) return null;
    if (isReducedPassive(t, i)) return null;
    boolean[] flags = new boolean[3];
    if (i + 1 < t.size() && t.get(i + 1).is("by") && i > 0 && lex.in("be_forms", t.get(i - 1).lower())) {
      return passive(t, i, i - 1, cue, flags);
    }
    if (passives.isWithoutAgent(t, i)) return null;
    int j = spans.skipBetween(t, i - 1, flags);
    boolean negated = flags[0];
    if (j >= 0 && t.get(j).is("to")) {
      if (j == 0 || !lex.in("refusals", t.get(j - 1).lower())) return null;
      negated = true;
      j = spans.skipBetween(t, j - 2, flags);
    }
    if (j >= 0 && lex.in("be_forms", t.get(j).lower())) return passive(t, i, j, cue, flags);
    boolean neitherNor = flags[2] || hasNeitherNor(t, i);
    RawAttribution cited = variants.citingBeforeCue(t, i, j, cue, negated, flags[1], neitherNor);
    if (cited != null) return cited;
    int[] src = t.get(i).lower().endsWith("ing") ? null : variants.withApposition(t, j);
    if (src == null) src = np.backward(t, j + 1);
    if (src != null && j + 1 - src[1] == 0) {
      int afterCue = spans.afterCue(t, i, cue);
      boolean sourceAfterPunct = src[0] > 0 && isBoundary(t.get(src[0] - 1));
      int before = spans.contentStart(t, 0, src[0] - 1);
      boolean tail = spans.isTerminal(t, afterCue) || quoteBefore(t, src[0]) && spans.isAdjunctTail(t, afterCue)
          || isCircumstanceAfterComma(t, afterCue);
      if (sourceAfterPunct && tail && before < src[0] - 1) {
        int[] content = spans.quotedBefore(t, before, t.get(src[0] - 1).isQuote() ? src[0] : src[0] - 1);
        return new RawAttribution(src[0], src[1], i, i + 1, content[0], content[1], cue, negated, flags[1],
            neitherNor, -1, -1, false);
      }
      int opening = QuoteHalves.openingQuoteBefore(t, before, src[0]);
      if (opening >= 0 && QuoteHalves.continuesQuote(t, afterCue)) {
        // "“The pier,” the mayor said, “will close in May.”": one content around its attribution
        return new RawAttribution(src[0], src[1], i, i + 1, opening, spans.contentEnd(t, afterCue + 1), cue, negated,
            flags[1], neitherNor, -1, -1, false);
      }
      int end = spans.contentEnd(t, afterCue);
      if (end <= afterCue) return null;
      return new RawAttribution(src[0], src[1], i, i + 1, afterCue, end, cue, negated, flags[1], neitherNor, -1, -1,
          false);
    }
    if (i > 0 && t.get(i - 1).is(",") && t.get(i).lower().endsWith("ing")) {
      return variants.participle(t, i, cue, negated, flags[1], neitherNor);
    }
    if (i > 0 && (t.get(i - 1).is(",") || t.get(i - 1).isQuote())) {
      int[] after = np.forward(t, i + 1);
      if (after == null || lex.in("time_words", t.get(after[0]).lower())) return null; // "..., R-Ky., said Tuesday." names no source
      after = variants.withTrailingApposition(t, after);
      int before = spans.contentStart(t, 0, i - 1);
      if (before >= i - 1) return null;
      int[] content = spans.quotedBefore(t, before, t.get(i - 1).isQuote() ? i : i - 1);
      return new RawAttribution(after[0], after[1], i, i + 1, content[0], content[1], cue, negated, flags[1],
          neitherNor, -1, -1, false);
    }
    return null;
  }

  private RawAttribution passive(List<Token> t, int i, int be, Cue cue, boolean[] flags) {
    if (i + 1 >= t.size() || !t.get(i + 1).is("by")) return null;
    int[] src = np.forward(t, i + 2);
    if (src == null) return null;
    int c = src[1];
    while (c < t.size() && (t.get(c).is(",") || t.get(c).is("that"))) c++;
    int end = spans.contentEnd(t, c);
    if (end > c) return new RawAttribution(src[0], src[1], i, i + 1, c, end, cue, flags[0], flags[1], false, -1, -1, false);
    int start = spans.contentStart(t, 0, be);
    if (start >= be || be - start == 1 && t.get(start).is("it")) return null;
    return new RawAttribution(src[0], src[1], i, i + 1, start, be, cue, flags[0], flags[1], false, -1, -1, false);
  }

  private RawAttribution withCiting(List<Token> t, RawAttribution a) {
    for (int k = a.cueEnd(); k + 1 < t.size(); k++) {
      if (!t.get(k).is("citing")) continue;
      int[] cited = np.forward(t, k + 1);
      if (cited == null && k + 2 < t.size() && (t.get(k + 1).is("its") || t.get(k + 1).is("their"))) {
        cited = np.forward(t, k + 2);
        if (cited != null) cited[0] = k + 1;
      }
      if (cited == null) return a;
      RawAttribution r = a.withCited(cited[0], cited[1]);
      if (a.contentStart() < k && a.contentEnd() > k) r = r.withContent(a.contentStart(), spans.trimEnd(t, a.contentStart(), k));
      return r;
    }
    return a;
  }

  /** "despite alleged truce", "on reported talks": a cue right after a preposition is an adjective or a noun. */
  private boolean isPrepositionBefore(List<Token> t, int i) {
    String before = t.get(i - 1).lower();
    return lex.in("phrase_prepositions", before) && !before.equals("to") && !before.equals("by")
        && !before.equals("like") && !t.get(i).lower().endsWith("ing");
  }

  /**
   * "identity revealed as Jo Roe", "claim dismissed as hoax", "plan described as a bailout": a participle and "as"
   * with its noun phrase, a passive without "was" (headline style), whose subject is no source.
   */
  private boolean isReducedPassive(List<Token> t, int i) {
    if (i + 2 >= t.size() || !t.get(i + 1).is("as") || !t.get(i).lower().endsWith("ed")) return false;
    Token next = t.get(i + 2);
    // not "the" or "his": "warned as the storm neared that ..." is a clause of time
    return next.is("a") || next.is("an") || next.is("another") || next.isCapitalized() || lex.in("falsity", next.lower());
  }

  /** "X, the envoy told the UN, amid reports of ...": after the cue only a circumstance follows its comma. */
  private boolean isCircumstanceAfterComma(List<Token> t, int afterCue) {
    return afterCue > 0 && afterCue < t.size() && t.get(afterCue - 1).is(",")
        && lex.in("circumstance_adjuncts", t.get(afterCue).lower());
  }

  private boolean hasNeitherNor(List<Token> t, int i) {
    for (int k = 0; k < i; k++) if (t.get(k).is("neither")) return true;
    return false;
  }

  private static boolean isDeterminer(Token t) {
    String l = t.lower();
    return l.equals("the") || l.equals("a") || l.equals("an") || l.equals("his") || l.equals("her") || l.equals("its")
        || l.equals("their") || l.equals("our") || l.equals("your") || l.equals("my") || l.equals("media")
        || l.equals("these") || l.equals("those");
  }

  /** A quotation ends right before the source ("..., ” she said"). */
  private static boolean quoteBefore(List<Token> t, int source) {
    return source > 0 && t.get(source - 1).isQuote() || source > 1 && t.get(source - 1).is(",") && t.get(source - 2).isQuote();
  }

  private static boolean isBoundary(Token t) {
    return t.is(",") || t.isQuote() || t.is(".") || t.is(":") || t.is(";") || t.is("–") || t.is("—") || t.is("-");
  }
}
