package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.StanceLabel;
import io.claimwatch.extraction.lexicon.Cue.CueClass;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * Stance of a source toward the content it is credited with, by ordered rules: "neither ... nor" → REPORTS; denial
 * cues → DENIES unless negated; "called it false"/"X is false" → DENIES; confirmation cues → CONFIRMS unless negated
 * ("did not confirm" → REPORTS); a negated main clause ("he had not spoken") → DENIES; hedges ("reportedly", "alleged",
 * modal and intent words) → REPORTS; otherwise the source asserts the content → CONFIRMS. Confidences come from
 * {@code stance.properties}.
 */
public final class StanceClassifier {
  private static final int CLAUSE_WINDOW = 8;
  private final ExtractionLexicon lex;

  public StanceClassifier(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /**
   * @param content tokens of the content
   * @param hedgesCount whether hedge words inside the content count (they do when the article's own voice speaks;
   *     a relaying outlet's "alleged" inside another source's report does not make that source hedge)
   */
  public StanceDecision classify(CueClass cue, boolean cueNegated, boolean cueHedged, boolean neitherNor,
      boolean falsityCall, List<Token> content, SourceKind sourceKind, boolean citesAnonymous, boolean hedgesCount) {
    if (neitherNor) return decide(StanceLabel.REPORTS, "neither.nor");
    if (cue == CueClass.DENY) return cueNegated ? decide(StanceLabel.REPORTS, "negated.cue") : decide(StanceLabel.DENIES, "deny.cue");
    if (falsityCall || cue == CueClass.CALL || statesFalsity(content)) return decide(StanceLabel.DENIES, "falsity");
    if (cueNegated) return decide(StanceLabel.REPORTS, "negated.cue");
    if (cue == CueClass.CONFIRM) return decide(StanceLabel.CONFIRMS, "confirm.cue");
    if (negatedMainClause(content)) return decide(StanceLabel.DENIES, "content.negation");
    if (cueHedged || cue == CueClass.HEDGE || hedgesCount && hasHedge(content) || hasModal(content)) {
      return decide(StanceLabel.REPORTS, "hedge");
    }
    if (sourceKind == SourceKind.PUBLICATION && citesAnonymous) return decide(StanceLabel.CONFIRMS, "publication.anonymous");
    return decide(StanceLabel.CONFIRMS, "assert");
  }

  private StanceDecision decide(StanceLabel label, String rule) {
    return new StanceDecision(label, lex.weight(rule), rule);
  }

  /** "... are false", "is a fabrication", "false" right after a be-verb (within three tokens). */
  boolean statesFalsity(List<Token> content) {
    for (int i = 0; i < content.size(); i++) {
      if (!lex.in("falsity", content.get(i).lower())) continue;
      for (int k = Math.max(0, i - 3); k < i; k++) if (lex.in("be_forms", content.get(k).lower())) return true;
    }
    return false;
  }

  /** A negation in the first clause of the content, before any "and"/"but"/comma. */
  boolean negatedMainClause(List<Token> content) {
    for (int i = 0; i < Math.min(content.size(), CLAUSE_WINDOW); i++) {
      Token t = content.get(i);
      if (t.is(",") || t.is("and") || t.is("but") || t.is("though") || t.is("while") || t.is("which")) return false;
      if (lex.in("negations", t.lower()) && !t.is("nor") || t.lower().endsWith("n't")) return true;
    }
    return false;
  }

  private boolean hasHedge(List<Token> content) {
    for (Token t : content) if (lex.in("hedges", t.lower())) return true;
    return false;
  }

  /** Modal or intent words in the first clause: "we'll speak", "he would support" report a possibility, not a fact. */
  private boolean hasModal(List<Token> content) {
    for (int i = 0; i < Math.min(content.size(), CLAUSE_WINDOW); i++) {
      String l = content.get(i).lower();
      if (l.equals("will") || l.equals("would") || l.equals("'ll") || l.endsWith("'ll") || l.equals("may")
          || l.equals("might") || l.equals("could") || l.equals("intent") || l.equals("plans") || l.equals("hopes")) return true;
    }
    return false;
  }
}
