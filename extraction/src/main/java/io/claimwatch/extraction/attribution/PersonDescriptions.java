package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * Where a person's name starts in a source phrase that describes them first: "harbor master Ivo Berg", "Democratic
 * pollster Ann Roe", "Harbor Times senior editor Ola Dahl". The name is the run of capitalized words after the last
 * lowercase noun; the description is neither the name nor an affiliation (a known title is {@link SourceResolver}'s).
 */
final class PersonDescriptions {
  private PersonDescriptions() {
  }

  /** The name's first token in tokens [start, end), or -1 when the phrase is no description followed by a name. */
  static int nameStart(ExtractionLexicon lex, List<Token> t, int start, int end) {
    int k = end - 1;
    while (k >= start && t.get(k).isWord() && t.get(k).isCapitalized()) k--;
    if (k < start || k == end - 1 || !t.get(k).isWord() || t.get(k).isCapitalized()) return -1;
    String l = t.get(k).lower();
    if (lex.in("np_inner", l) || lex.in("function_words", l) || lex.in("prepositions", l) || l.endsWith("ing")) return -1;
    return k + 1;
  }
}
