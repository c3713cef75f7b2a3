package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * A content whose subject is a pronoun for its own source: "Apple denies it will close the store" states "Apple will
 * close the store" (denied by Apple), "the unions say they will strike" states "the unions will strike". "it" stands
 * for any source but one named with a person's title or role ("the minister insists it is a stunt", "Sen. Roe says
 * it is a stunt": "it" is the stunt), "they" for one that is no person ("he" and "she" take the person's name in
 * {@link ClaimTextBuilder}); an expletive "it"
 * ("it is likely that ...", "it would have made sense to wait") and a pronoun source are left.
 */
public final class SourceSubject {
  private static final int EXTRAPOSED_WITHIN = 4;
  private static final java.util.Set<String> EXTRAPOSED_OPENERS = java.util.Set.of("to", "that", "for", "whether", "if",
      "because", "when", "how");
  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "will", "would", "could",
      "should", "might", "may", "must", "can", "does", "did");
  /** Verbs of an extraposed "it" besides "be": "it made sense to ...", "it has become impossible for X to ...". */
  private static final java.util.Set<String> LINKING = java.util.Set.of("make", "makes", "made", "become", "becomes", "became");
  private final ExtractionLexicon lex;
  private final Raising raising;
  private final AddresseeSubject addressee;

  public SourceSubject(ExtractionLexicon lex, Raising raising) {
    this.lex = lex;
    this.raising = raising;
    this.addressee = new AddresseeSubject(lex);
  }

  /**
   * The text the claim of attribution {@code r} is built from when it is not its content's own: "X claims to have
   * won" → "X has won" ({@link Raising#raised}), "X denies it will ..." → "X will ...", "X told Y he should ..." → "Y
   * should ..." ({@link AddresseeSubject}); null otherwise. The source
   * phrase without apposition is tokens [headStart, headEnd).
   */
  public String claimInput(String text, List<Token> t, RawAttribution r, int headStart, int headEnd, SourceKind kind) {
    if (r.contentStart() == r.cueEnd() && raising.isSubjectRaising(t, r.cueStart())) {
      return raising.raised(text, t, headStart, headEnd, r.cueStart(), r.contentEnd());
    }
    if (r.contentStart() <= r.cueStart()) return null;
    String own = resolved(text, t, r.contentStart(), r.contentEnd(), headStart, headEnd, kind);
    return own != null ? own : addressee.claimInput(text, t, r);
  }

  /**
   * The content text [contentStart, contentEnd) of {@code t} (into {@code text}) with its leading pronoun replaced by
   * the source phrase [headStart, headEnd), or null when the pronoun is no subject standing for that source.
   */
  public String resolved(String text, List<Token> t, int contentStart, int contentEnd, int headStart, int headEnd,
                         SourceKind kind) {
    if (contentEnd - contentStart < 3 || headEnd <= headStart) return null;
    Token p = t.get(contentStart);
    boolean agrees = p.is("it") || kind != SourceKind.PERSON && p.is("they");
    if (!agrees || headEnd - headStart == 1 && isPronoun(t.get(headStart))) return null;
    // "it" stands for no person named with a title or role ("Sen. Roe said it was a stunt": "it" is no Roe); a name
    // without one may be an organization's ("Harbor Board denies it will sell ...")
    if (p.is("it") && kind == SourceKind.PERSON && hasPersonWord(t, headStart, headEnd)) return null;
    if (p.is("it") && lex.roleKind(t.get(headEnd - 1).lower()) == SourceKind.PERSON) return null; // "minister insists it's"
    if (p.is("it") && isPluralOrCount(t, headStart, headEnd)) return null; // "eight out of 10 said it wouldn't matter"
    for (int k = headStart; k < headEnd; k++) if (!t.get(k).isWord() && !t.get(k).is("'s") && !t.get(k).is("-")) return null;
    if (p.is("it") && isExtraposition(t, contentStart + 1, contentEnd)) return null; // "it is likely that ..."
    String source = text.substring(t.get(headStart).start(), t.get(headEnd - 1).end());
    return source + text.substring(p.end(), t.get(contentEnd - 1).end());
  }

  /** A source phrase with a number in it or a lower-case plural head ("about eight out of 10", "the voters"): no "it". */
  private static boolean isPluralOrCount(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) if (Character.isDigit(t.get(k).text().charAt(0))) return true;
    String head = t.get(to - 1).text();
    return Character.isLowerCase(head.charAt(0)) && head.endsWith("s") && !head.endsWith("ss");
  }

  private boolean hasPersonWord(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.get(k).lower();
      if (lex.isPersonTitle(w) || lex.roleKind(w) == SourceKind.PERSON) return true;
    }
    return false;
  }

  private boolean isPronoun(Token t) {
    return lex.in("pronouns_person", t.lower()) || lex.in("pronouns_group", t.lower());
  }

  /**
   * Whether the words from {@code from} after an "it" make it an expletive for a clause that follows: modals,
   * auxiliaries and adverbs, a form of "be", "make" or "become", and within {@value #EXTRAPOSED_WITHIN} words "to", "that" or
   * another clause opener ("it is likely that ...", "it would be very hard for them to win", "it would have made more
   * sense to wait", "it was odd because ..."). Such an "it" stays; so does one that stands for the source on a weaker
   * reading, which leaves a vaguer claim text but no wrong one.
   */
  private boolean isExtraposition(List<Token> t, int from, int to) {
    int k = from;
    while (k < to && (AUXILIARIES.contains(t.get(k).lower()) || t.get(k).is("not")
        || t.get(k).lower().endsWith("ly") || t.get(k).lower().endsWith("n't"))) k++;
    if (k >= to) return false;
    String verb = t.get(k).lower();
    if (!lex.in("be_forms", verb) && !verb.equals("'s") && !LINKING.contains(verb)) return false;
    if (k + 1 < to && (t.get(k + 1).is("able") || t.get(k + 1).is("unable"))) return false; // "it will be able to"
    for (int i = k + 1; i < Math.min(to, k + 1 + EXTRAPOSED_WITHIN); i++) {
      if (EXTRAPOSED_OPENERS.contains(t.get(i).lower())) return true;
    }
    return false;
  }
}
