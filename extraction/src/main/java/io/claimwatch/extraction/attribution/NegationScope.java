package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.claim.FunctionWords;
import io.claimwatch.extraction.lexicon.Cue;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Where a negation sits in an attributed content, the rule shared by stance and claim text:
 * <ul>
 *   <li>{@link Scope#MAIN_VERB}: the content's own main verb is negated, right after its subject ("he had not
 *       spoken with Y", "the ministry was never informed", "no decision has been made", "there are no plans") -
 *       the source denies the positive proposition (stance DENIES, the claim text drops the negation);</li>
 *   <li>{@link Scope#IN_CONTENT}: the negation belongs to what is claimed - an infinitive or directive
 *       ("urged Y not to escalate", "told Y he should not escalate"), a later coordinated or subordinate clause
 *       ("were informed and did not object"), or an object ("spoke with no one") - it stays in the claim text and
 *       the stance is not a denial;</li>
 *   <li>{@link Scope#NONE}: no negation in the first clause.</li>
 * </ul>
 * Without a parser the subject is taken as the words before the first auxiliary, be-form or modal, and must look like
 * a noun phrase (no verb-like word ending in -ed/-ing or irregular past form such as "told", no "to").
 */
public final class NegationScope {
  /** Where the first negation of a content is. */
  public enum Scope { MAIN_VERB, IN_CONTENT, NONE }

  private static final int SUBJECT_MAX = 8;
  private static final Set<String> NEGATIVE_DETERMINERS = FunctionWords.NEGATIVE_DETERMINERS;
  private static final Set<String> DIRECTIVE_MODALS = Set.of("should", "must", "ought", "shouldn't", "mustn't");
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", "and", "but", "though", "although", "while",
      "which", "who", "because", "since", "if", "when", "after", "before", "whereas");
  private static final int CLAUSE_WINDOW = 8;
  private static final int POLARITY_WINDOW = 8;
  private static final Set<String> POLARITY_WORDS = Set.of("any", "anything", "anyone", "anybody", "anywhere", "ever",
      "either", "necessarily", "whatsoever");
  private static final Set<String> NON_ANSWER_LEMMAS = Set.of("comment", "confirm", "deny", "verify", "know", "say", "discuss");
  private final ExtractionLexicon lex;

  public NegationScope(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /**
   * The scope of the content's first negation. A main-verb negation followed by a negative-polarity word ("did not
   * find any evidence", "has never ever", "were not listed either", "doesn't necessarily") states a negative
   * proposition with no positive counterpart ("found any evidence" is none), so it counts as inside the content.
   */
  public Scope of(List<Token> content) {
    Scope s = scopeOf(content);
    return s == Scope.MAIN_VERB && polarityWordAfterNegation(content) ? Scope.IN_CONTENT : s;
  }

  private boolean polarityWordAfterNegation(List<Token> content) {
    int k = 0;
    while (k < content.size() && !isNegation(content.get(k).lower()) && !NEGATIVE_DETERMINERS.contains(content.get(k).lower())) k++;
    for (int j = k + 1; j < Math.min(content.size(), k + 1 + POLARITY_WINDOW); j++) {
      String l = content.get(j).lower();
      if (CLAUSE_BREAKS.contains(l)) return false;
      if (POLARITY_WORDS.contains(l)) return true;
    }
    return false;
  }

  private Scope scopeOf(List<Token> content) {
    int i = 0;
    boolean participleOfSpeech = content.size() > 2 && content.get(0).lower().endsWith("ing") && (content.get(1).is("that") || content.get(1).is(","));
    if (participleOfSpeech) i = 2; // "adding that he had not ...": the participle belongs to the cue
    while (i < content.size() && (content.get(i).isQuote() || content.get(i).is("that"))) i++;
    if (i + 2 < content.size() && (content.get(i).is("and") || content.get(i).is("but"))) {
      int next = i + 1;
      while (next + 1 < content.size() && (content.get(next).is(",") || content.get(next).isQuote())) next++;
      if (FunctionWords.isOpeningSubject(content.get(next).lower())) i = next; // "and they won't ...", "and they're not": the clause starts at its subject
    }
    if (i + 1 < content.size() && content.get(i).lower().endsWith("ly") && content.get(i + 1).is(",")) i += 2; // "Subsequently, ..."
    boolean concessive = i + 1 < content.size() && content.get(i).is("no") && content.get(i + 1).is("matter");
    if (concessive) i = clauseAfterComma(content, i); // "no matter what they say, the pier ...": an idiom, then the clause
    if (i < content.size() && (content.get(i).is("no") || content.get(i).is("nothing") || content.get(i).is("nobody")
        || content.get(i).is("none") || content.get(i).is("neither"))) {
      return Scope.MAIN_VERB; // "no decision has been made"
    }
    int start = i;
    for (; i < content.size() && i - start <= SUBJECT_MAX; i++) {
      Token t = content.get(i);
      if (t.isQuote()) continue; // a quote opening inside the content: Bush is “not smart enough”
      String l = t.lower();
      // "polling shows that ...", "the ferry that did not sail ...": a negation after "that" is in a complement or relative clause
      boolean thatClause = l.equals("that") && i > start;
      if (CLAUSE_BREAKS.contains(l) || thatClause || l.equals("to") || l.equals("not") && i == start) return firstNegation(content, i);
      if (DIRECTIVE_MODALS.contains(l)) return firstNegation(content, i);
      if (l.equals("'s") && !nextIsNegation(content, i)) continue; // a possessive, not "he's not"
      if (FunctionWords.AUXILIARIES.contains(l) || lex.in("be_forms", l) || isContractedNegation(l)) {
        return verbGroupNegated(content, i) ? Scope.MAIN_VERB : firstNegation(content, i);
      }
      if (isNegation(l)) {
        // "he never spoke" negates the verb; "the inspector found no cracks" only its object
        return i > start && !NEGATIVE_DETERMINERS.contains(l) ? Scope.MAIN_VERB : firstNegation(content, i);
      }
      if (i > start && t.isWord() && !t.isCapitalized() && (l.endsWith("ed") || l.endsWith("ing") || lex.in("irregular_past", l))) {
        return firstNegation(content, i); // the main verb came without negation: "she urged ..."
      }
    }
    return firstNegation(content, i);
  }

  /**
   * The word the first negation negates is a confirm/deny/comment verb: "could not confirm", "don't comment", "did not
   * say when": a non-answer, which is no denial of a positive proposition ("did say when" is none).
   */
  public boolean isNonAnswer(List<Token> content) {
    for (int i = 0; i < Math.min(content.size(), CLAUSE_WINDOW + 3); i++) {
      String l = content.get(i).lower();
      if (!(lex.in("negations", l) || l.endsWith("n't"))) continue;
      if (l.equals("no") && i + 1 < content.size() && content.get(i + 1).is("comment")) return true;
      for (int k = i + 1; k < Math.min(content.size(), i + 4); k++) {
        Cue c = lex.cue(content.get(k).lower());
        if (c != null) return NON_ANSWER_LEMMAS.contains(c.lemma());
        String w = content.get(k).lower();
        if (NON_ANSWER_LEMMAS.contains(w)) return true;
        if (!w.equals("yet") && !w.equals("be") && !w.equals("able") && !w.equals("to") && !w.endsWith("ly")) return false;
      }
      return false;
    }
    return false;
  }

  /** The token after the first comma from {@code from}, or {@code from} when there is none. */
  private static int clauseAfterComma(List<Token> content, int from) {
    for (int k = from; k + 1 < content.size(); k++) if (content.get(k).is(",")) return k + 1;
    return from;
  }

  /** The auxiliary at {@code aux} (or what follows it) carries the negation: "had not", "didn't", "was never". */
  private boolean verbGroupNegated(List<Token> content, int aux) {
    if (isContractedNegation(content.get(aux).lower())) return !followedByTo(content, aux);
    for (int k = aux + 1, words = 0; k < content.size() && words < 2; k++) {
      if (content.get(k).isQuote()) continue;
      words++;
      String l = content.get(k).lower();
      if (l.equals("not") || l.equals("n't") || l.equals("never") || l.equals("no")) {
        return !followedByTo(content, k);
      }
      if (!l.equals("yet") && !l.equals("also") && !l.equals("still") && !l.equals("ever") && !l.endsWith("ly")) return false;
    }
    return false;
  }

  private boolean nextIsNegation(List<Token> content, int i) {
    return i + 1 < content.size() && isNegation(content.get(i + 1).lower());
  }

  private static boolean followedByTo(List<Token> content, int k) {
    return k + 1 < content.size() && content.get(k + 1).is("to");
  }

  private Scope firstNegation(List<Token> content, int from) {
    for (int k = Math.max(0, from); k < content.size(); k++) if (isNegation(content.get(k).lower())) return Scope.IN_CONTENT;
    return Scope.NONE;
  }

  private boolean isNegation(String l) {
    return lex.in("negations", l) && !l.equals("nor") || isContractedNegation(l);
  }

  private static boolean isContractedNegation(String l) {
    return l.endsWith("n't") || l.equals("cannot");
  }
}
