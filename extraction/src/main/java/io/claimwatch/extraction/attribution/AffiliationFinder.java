package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a text says that a person speaks for an organization, from speaking roles ({@code roles.tsv}, last
 * column: spokesman, press secretary, chief executive...), without any table of names:
 * <ul>
 *   <li>in a source mention: "Harbor Authority spokeswoman Mira Holm", "Acme's chief executive Jane Roe",
 *       "a spokeswoman for the ministry" (no name: the organization itself speaks);</li>
 *   <li>in an apposition anywhere in a sentence: "Piet Vos, the council's spokesman," and
 *       "Jane Roe, chief executive of Acme,".</li>
 * </ul>
 * A title that is not a speaking role ("President", "Senator") says where a person belongs, not that they speak for it,
 * and is ignored here. Ranges are token indexes [start, end) of the sentence; {@code personStart} is -1 when the
 * mention names no person.
 */
public final class AffiliationFinder {
  private static final int MAX_ROLE_PHRASE = 8;
  private final ExtractionLexicon lex;

  /** One stated affiliation: person tokens (or -1) and organization tokens. */
  public record Stated(int personStart, int personEnd, int orgStart, int orgEnd) {
    public boolean namesPerson() {
      return personStart >= 0;
    }
  }

  public AffiliationFinder(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /** The affiliation stated inside a source mention [start, end), or null. */
  public Stated inMention(List<Token> t, int start, int end) {
    int role = -1;
    for (int k = start; k < end && role < 0; k++) if (lex.isSpeakingRole(t.get(k).lower())) role = k;
    if (role < 0) return null;
    int roleStart = role;
    while (roleStart > start && isRoleWord(t.get(roleStart - 1))) roleStart--;
    int roleEnd = role + 1;
    while (roleEnd < end && isRoleWord(t.get(roleEnd))) roleEnd++;
    int[] before = organizationBefore(t, start, roleStart);
    if (roleEnd < end && isOf(t.get(roleEnd))) {
      int[] after = organizationAfter(t, roleEnd + 1, end);
      if (after != null) return new Stated(-1, -1, after[0], after[1]);
    }
    if (before == null) return null;
    int personStart = roleEnd < end && isName(t, roleEnd, end) ? roleEnd : -1;
    return new Stated(personStart, personStart < 0 ? -1 : end, before[0], before[1]);
  }

  /** Appositions "NAME, [the|a] ORG's ROLE," / "NAME, ROLE of|for|at ORG," of one sentence. */
  public List<Stated> appositions(List<Token> t) {
    List<Stated> out = new ArrayList<>();
    for (int comma = 2; comma + 2 <= t.size(); comma++) {
      if (!t.get(comma).is(",")) continue;
      int nameStart = comma;
      while (nameStart > 0 && t.get(nameStart - 1).isWord() && t.get(nameStart - 1).isCapitalized()) nameStart--;
      if (comma - nameStart < 2 || !isName(t, nameStart, comma)) continue;
      int phraseEnd = comma + 1;
      while (phraseEnd < t.size() && phraseEnd - comma <= MAX_ROLE_PHRASE && !isBoundary(t.get(phraseEnd))) phraseEnd++;
      if (phraseEnd >= t.size() || !isBoundary(t.get(phraseEnd)) || phraseEnd == comma + 1) continue;
      Stated inner = inMention(t, comma + 1, phraseEnd);
      if (inner != null && !inner.namesPerson()) out.add(new Stated(nameStart, comma, inner.orgStart(), inner.orgEnd()));
    }
    return out;
  }

  private int[] organizationBefore(List<Token> t, int start, int end) {
    int s = start;
    while (s < end && isDeterminer(t.get(s))) s++;
    int e = end;
    boolean possessive = e > s && t.get(e - 1).is("'s");
    if (possessive) e--;
    for (int k = e - 1; k > s; k--) {
      if (lex.isPersonTitle(t.get(k - 1).lower())) {
        s = k; // "Governor Ada Lind's spokesman": the organization is the person after the title
        break;
      }
    }
    if (e <= s) return null;
    for (int k = s; k < e; k++) if (t.get(k).isCapitalized() && t.get(k).isWord()) return new int[] {s, e};
    // "the council's spokesman": a lowercase organization in the possessive
    return possessive && e - s <= 2 && t.get(e - 1).isWord() ? new int[] {s, e} : null;
  }

  private int[] organizationAfter(List<Token> t, int start, int end) {
    int s = start;
    while (s < end && isDeterminer(t.get(s))) s++;
    int e = end;
    if (e <= s) return null;
    for (int k = s; k < e; k++) {
      Token w = t.get(k);
      if (w.isWord() && (w.isCapitalized() || lex.roleKind(w.lower()) != null && !lex.isPersonTitle(w.lower()))) return new int[] {s, e};
    }
    return null;
  }

  private boolean isRoleWord(Token k) {
    String l = k.lower();
    return lex.isSpeakingRole(l) || lex.isPersonTitle(l) && !k.isCapitalized() || l.equals("chief") || l.equals("secretary")
        || l.equals("senior") || l.equals("deputy");
  }

  private boolean isName(List<Token> t, int start, int end) {
    for (int k = start; k < end; k++) {
      Token w = t.get(k);
      if (!w.isWord() || !w.isCapitalized() || lex.isPersonTitle(w.lower()) || lex.in("sentence_openers", w.lower())) return false;
    }
    return end > start;
  }

  private static boolean isOf(Token k) {
    return k.is("for") || k.is("of") || k.is("at");
  }

  private static boolean isDeterminer(Token k) {
    return k.is("the") || k.is("a") || k.is("an");
  }

  private static boolean isBoundary(Token k) {
    return k.is(",") || k.is(";") || k.is(".") || k.is("—") || k.is("–");
  }
}
