package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.claim.FunctionWords;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * Raising constructions around a cue. Hearsay "X is said to V" / headline "X said to V" / "X said abducted": nobody
 * named says it (the source is not X), the statement is "X to V" ({@link #withoutHearsay}). Subject raising "X claims
 * to have V-ed": X is the source and the subject, the content is "X has V-ed" ({@link #raised}).
 */
public final class Raising {
  private final ExtractionLexicon lex;

  public Raising(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /** Whether the cue at {@code i} is hearsay raising: a (be +) participle before "to V" or a past participle. */
  public boolean isHearsay(List<Token> t, int i) {
    if (i == 0 || i + 2 >= t.size() || !lex.in("hearsay_raising", t.get(i).lower())) return false;
    Token next = t.get(i + 1);
    boolean beBefore = lex.in("be_forms", t.get(i - 1).lower());
    boolean toVerb = next.is("to") && isVerbLike(t.get(i + 2));
    boolean participle = !beBefore && next.isWord() && next.lower().endsWith("ed") && !next.isCapitalized()
        && t.get(i - 1).isWord() && !isPronoun(t.get(i - 1)) && lex.in("participle_prepositions", t.get(i + 2).lower());
    if (t.get(i).is("claimed")) return beBefore && toVerb; // "X claimed to have V-ed" is X's own claim
    return toVerb && (beBefore || t.get(i - 1).isWord() && !isPronoun(t.get(i - 1))) || participle;
  }

  /** Whether the cue at {@code i} raises its source: "X claims to V". */
  public boolean isSubjectRaising(List<Token> t, int i) {
    return i > 0 && i + 2 < t.size() && lex.in("subject_raising", t.get(i).lower()) && t.get(i + 1).is("to")
        && isVerbLike(t.get(i + 2)) && !lex.in("be_forms", t.get(i - 1).lower()) && !t.get(i - 1).is("to");
  }

  /** The sentence of tokens {@code t} (into {@code text}) without its hearsay cues and their be-forms; null if none. */
  public String withoutHearsay(String text, List<Token> t) {
    StringBuilder out = new StringBuilder();
    int from = t.isEmpty() ? 0 : t.get(0).start();
    for (int i = 0; i < t.size(); i++) {
      if (!isHearsay(t, i)) continue;
      int cut = lex.in("be_forms", t.get(i - 1).lower()) && i > 1 ? i - 1 : i;
      out.append(text, from, t.get(cut).start());
      from = t.get(i).end() + (t.get(i).end() < text.length() && text.charAt(t.get(i).end()) == ' ' ? 1 : 0);
    }
    if (out.isEmpty()) return null;
    out.append(text, from, t.get(t.size() - 1).end());
    return out.toString().replace("  ", " ").strip();
  }

  /**
   * The content of "SOURCE claims to V ...": the source phrase as subject of a finite verb ("Roe has won", "the
   * players are", "the firm sells"); {@code text} is the sentence text, tokens [source, end) of {@code t} the phrase.
   */
  public String raised(String text, List<Token> t, int sourceStart, int sourceEnd, int cue, int end) {
    boolean plural = t.get(cue).is("claim") || !t.get(cue).is("claims") && isPluralNoun(t.get(sourceEnd - 1));
    Token verb = t.get(cue + 2);
    String finite = switch (verb.lower()) {
      case "have" -> plural ? "have" : "has";
      case "be" -> plural ? "are" : "is";
      default -> plural ? verb.text() : ThirdPerson.sForm(verb.text());
    };
    String subject = text.substring(t.get(sourceStart).start(), t.get(sourceEnd - 1).end());
    String rest = end > cue + 3 ? text.substring(t.get(cue + 3).start(), t.get(end - 1).end()) : "";
    return (subject + " " + finite + " " + rest).strip();
  }

  /** A word after "to" that can be a bare verb: no determiner, pronoun or listener, no "-s"/"-ing"/"-ic" form. */
  private boolean isVerbLike(Token w) {
    String l = w.lower();
    return w.isWord() && !lex.in("not_after_raising_to", l) && !(l.endsWith("s") && !l.endsWith("ss"))
        && !l.endsWith("ing") && !l.endsWith("ic") && !l.endsWith("ly");
  }

  private static boolean isPluralNoun(Token t) {
    String l = t.lower();
    return !t.isCapitalized() && l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us");
  }

  private boolean isPronoun(Token t) {
    return lex.in("object_pronouns", t.lower()) || FunctionWords.SUBJECT_PRONOUNS.contains(t.lower());
  }
}
