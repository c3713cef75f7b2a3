package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A directive told to a named person is about that person: in "Roe told Holm he should drop the fee", "he" is Holm,
 * so the claim is "Holm should drop the fee", not Roe's. Only after a listener cue ({@code listener_cues}: tell, warn,
 * urge, remind, ...) with a listener that is a name (not an outlet in capitals such as "CNN", not an organization
 * role), and only for "he"/"she" followed by a modal of obligation (should, must, ought to, has to, needs to, had
 * better): a plain statement told to someone ("told Holm he had booked a room") is as often the speaker's own.
 * Immutable.
 */
final class AddresseeSubject {
  private static final int MAX_LISTENER_TOKENS = 4;
  private static final Set<String> OBLIGATION = Set.of("should", "must", "ought", "has", "have", "had", "needs", "need");
  private final ExtractionLexicon lex;

  AddresseeSubject(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /** The content of {@code r} with its pronoun subject replaced by the listener's name, or null. */
  String claimInput(String text, List<Token> t, RawAttribution r) {
    if (!lex.in("listener_cues", r.cue().lemma()) || r.contentEnd() - r.contentStart() < 3) return null;
    int end = r.contentStart();
    if (t.get(end - 1).is("that")) end--;
    int start = r.cueEnd();
    if (end <= start || end - start > MAX_LISTENER_TOKENS || !isName(t, start, end)) return null;
    Token pronoun = t.get(r.contentStart());
    if (!pronoun.is("he") && !pronoun.is("she") || !isObligation(t, r.contentStart() + 1)) return null;
    String listener = text.substring(t.get(start).start(), t.get(end - 1).end());
    return listener + text.substring(pronoun.end(), t.get(r.contentEnd() - 1).end());
  }

  private boolean isName(List<Token> t, int start, int end) {
    for (int k = start; k < end; k++) {
      Token w = t.get(k);
      boolean allCaps = w.text().length() > 1 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT));
      if (!w.isWord() || !w.isCapitalized() || allCaps) return false;
    }
    SourceKind role = lex.roleKind(t.get(end - 1).lower());
    return role == null || role == SourceKind.PERSON;
  }

  private static boolean isObligation(List<Token> t, int at) {
    if (at + 1 >= t.size()) return false;
    String w = t.get(at).lower();
    if (w.equals("should") || w.equals("must")) return true;
    if (w.equals("had") && t.get(at + 1).is("better")) return true;
    return OBLIGATION.contains(w) && t.get(at + 1).is("to"); // "ought to", "has to", "needs to"
  }
}
