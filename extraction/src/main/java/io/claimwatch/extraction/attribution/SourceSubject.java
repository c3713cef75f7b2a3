package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * A content whose subject is a pronoun for its own source: "Apple denies it will close the store" states "Apple will
 * close the store" (denied by Apple), "the unions say they will strike" states "the unions will strike". "it" stands
 * for any source but one named by a person's role ("the minister insists it is a stunt": "it" is the stunt), "they"
 * for one that is no person ("he" and "she" take the person's name in {@link ClaimTextBuilder}); an expletive "it"
 * ("it is likely that ...") and a pronoun source are left.
 */
public final class SourceSubject {
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
    if (p.is("it") && lex.roleKind(t.get(headEnd - 1).lower()) == SourceKind.PERSON) return null; // "minister insists it's"
    for (int k = headStart; k < headEnd; k++) if (!t.get(k).isWord() && !t.get(k).is("'s") && !t.get(k).is("-")) return null;
    if (p.is("it") && lex.in("be_forms", t.get(contentStart + 1).lower()) && contentStart + 3 < contentEnd
        && (t.get(contentStart + 3).is("that") || t.get(contentStart + 3).is("to"))) {
      return null; // "it is likely that ..."
    }
    String source = text.substring(t.get(headStart).start(), t.get(headEnd - 1).end());
    return source + text.substring(p.end(), t.get(contentEnd - 1).end());
  }

  private boolean isPronoun(Token t) {
    return lex.in("pronouns_person", t.lower()) || lex.in("pronouns_group", t.lower());
  }
}
