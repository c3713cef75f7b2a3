package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.claim.FunctionWords;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A headline's "Ana Ruiz: I am not leaving the board": a short capitalized name, a colon and a clause whose subject
 * is "I" or "we" quote the named speaker, with no speech verb. Only the first person makes it speech: "Torpoint:
 * boy billed for party" or "Apple Watch: release in April" name a place or a topic. Media labels ("Video:",
 * "EXCLUSIVE:") are no speakers. Immutable.
 */
final class ColonSpeech {
  private static final int MAX_NAME_WORDS = 4;
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "i'm", "we're", "i've", "we've", "i'll", "we'll");

  private final ExtractionLexicon lex;

  ColonSpeech(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /** The index of the colon after the speaker's name at the start of {@code t}, or -1 when {@code t} is no such quote. */
  int colonAt(List<Token> t) {
    int k = 0;
    while (k < t.size() && k <= MAX_NAME_WORDS && t.get(k).isWord() && t.get(k).isCapitalized() && !isLabel(t.get(k))) k++;
    if (k == 0 || k > MAX_NAME_WORDS || k >= t.size() || !t.get(k).is(":")) return -1;
    int c = k + 1;
    while (c < t.size() && t.get(c).isQuote()) c++;
    return c < t.size() && FIRST_PERSON.contains(t.get(c).lower().replace('’', '\'')) ? k : -1;
  }

  private boolean isLabel(Token w) {
    return FunctionWords.isCapitals(w.text()) || lex.in("headline_labels", w.text().toLowerCase(Locale.ROOT));
  }
}
