package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.StanceLabel;
import io.claimwatch.extraction.lexicon.Cue.CueClass;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Stance of a source toward the content it is credited with, by ordered rules: a question ("asked whether ...",
 * content ending in "?") → REPORTS; "neither ... nor" → REPORTS; denial cues → DENIES unless negated; a falsity
 * verdict ("called it false / a fabrication / fake news / an invention / nonsense", "X is false") → DENIES; a negated
 * or refused cue ("did not confirm", "declined to confirm") → REPORTS; a negated main verb of the content
 * ({@link NegationScope}: "he had not spoken", also after a confirmation cue: "acknowledged she won't run" confirms
 * the negative, so it denies the positive the claim text states) → DENIES, unless the negated verb is itself a
 * non-answer ("he could not confirm", "we do not comment") → REPORTS; confirmation cues → CONFIRMS; a negation inside the content ("urged Y not to
 * escalate") is part of the claim and decides nothing; hedges ("reportedly", "alleged", modal and intent words) →
 * REPORTS; otherwise the source asserts the content → CONFIRMS. Confidences come from {@code stance.properties}.
 */
public final class StanceClassifier {
  private static final int CLAUSE_WINDOW = 8;
  private final ExtractionLexicon lex;
  private final NegationScope negation;

  public StanceClassifier(ExtractionLexicon lex) {
    this.lex = lex;
    this.negation = new NegationScope(lex);
  }

  /**
   * @param content tokens of the content
   * @param hedgesCount whether hedge words inside the content count (they do when the article's own voice speaks;
   *     a relaying outlet's "alleged" inside another source's report does not make that source hedge)
   */
  public StanceDecision classify(CueClass cue, boolean cueNegated, boolean cueHedged, boolean neitherNor,
      boolean falsityCall, List<Token> content, SourceKind sourceKind, boolean citesAnonymous, boolean hedgesCount) {
    if (isQuestion(content)) return decide(StanceLabel.REPORTS, "question");
    if (neitherNor) return decide(StanceLabel.REPORTS, "neither.nor");
    if (cue == CueClass.DENY) return cueNegated ? decide(StanceLabel.REPORTS, "negated.cue") : decide(StanceLabel.DENIES, "deny.cue");
    if (falsityCall || cue == CueClass.CALL || statesFalsity(content)) return decide(StanceLabel.DENIES, "falsity");
    if (cueNegated) return decide(StanceLabel.REPORTS, "negated.cue");
    if (negation.of(content) == NegationScope.Scope.MAIN_VERB) { // before the confirmation cue: "acknowledged she won't run"
      return negation.isNonAnswer(content) ? decide(StanceLabel.REPORTS, "non.answer") : decide(StanceLabel.DENIES, "content.negation");
    }
    if (cue == CueClass.CONFIRM) return decide(StanceLabel.CONFIRMS, "confirm.cue");
    if (cueHedged || cue == CueClass.HEDGE || hedgesCount && hasHedge(content) || hasModal(content)) {
      return decide(StanceLabel.REPORTS, "hedge");
    }
    if (sourceKind == SourceKind.PUBLICATION && citesAnonymous) return decide(StanceLabel.CONFIRMS, "publication.anonymous");
    return decide(StanceLabel.CONFIRMS, "assert");
  }

  private StanceDecision decide(StanceLabel label, String rule) {
    return new StanceDecision(label, lex.weight(rule), rule);
  }

  /**
   * "... are false", "is a fabrication", "false" right after a be-verb (within three tokens), when the verdict denies
   * its subject ({@link TextCleaning#deniesSubject}) and is no attributive adjective ("is a false choice").
   */
  boolean statesFalsity(List<Token> content) {
    for (int i = 0; i < content.size(); i++) {
      String falsity = content.get(i).lower();
      if (!lex.in("falsity", falsity)) continue;
      if (TextCleaning.isAttributive(falsity, i + 1 < content.size() ? content.get(i + 1).text() : "", lex)) continue;
      for (int k = Math.max(0, i - 3); k < i; k++) {
        if (lex.in("be_forms", content.get(k).lower())) {
          if (k == 0 || TextCleaning.deniesSubject(words(content, k), falsity, lex)) return true;
          break;
        }
      }
    }
    return false;
  }

  private static String[] words(List<Token> content, int end) {
    String[] out = new String[end];
    for (int k = 0; k < end; k++) out[k] = content.get(k).text();
    return out;
  }

  /** A question is no side: the content ends with "?" (before a closing quote). */
  private static boolean isQuestion(List<Token> content) {
    for (int i = content.size() - 1; i >= 0; i--) {
      Token t = content.get(i);
      if (t.isQuote()) continue;
      return t.is("?");
    }
    return false;
  }

  private boolean hasHedge(List<Token> content) {
    for (Token t : content) if (lex.in("hedges", t.lower())) return true;
    return false;
  }

  /**
   * Modal, directive or intent words in the first clause: "we'll speak", "he would support", "he should resign"
   * report a possibility or a demand, not a fact.
   */
  private boolean hasModal(List<Token> content) {
    for (int i = 0; i < Math.min(content.size(), CLAUSE_WINDOW); i++) {
      String l = content.get(i).lower();
      if (l.equals("will") || l.equals("would") || l.equals("'ll") || l.endsWith("'ll") || l.equals("may")
          || l.equals("should") || l.equals("must")
          || l.equals("might") || l.equals("could") || l.equals("intent") || l.equals("plans") || l.equals("hopes")) return true;
    }
    return false;
  }
}
