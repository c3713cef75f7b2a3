package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Sentence;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * Page furniture inside a sentence, which no source says: a "Read more: ..." / "Read more at ..." tail (a link or
 * the headline again) and a leading media label of a headline ("Video: ...", "WATCH: ...", "Pictured: ...").
 */
public final class SiteFurniture {
  private final ExtractionLexicon lex;

  public SiteFurniture(ExtractionLexicon lex) {
    this.lex = lex;
  }

  /** The sentence cut before its "Read more" tail (the sentence itself when it has none or is only that tail). */
  public Sentence withoutReadMore(String text, Sentence s) {
    List<Token> t = s.tokens();
    for (int k = 1; k + 2 < t.size(); k++) {
      if (t.get(k).is("read") && t.get(k + 1).is("more") && (t.get(k + 2).is(":") || t.get(k + 2).is("at")
          || t.get(k + 2).is("on"))) {
        int end = k;
        while (end > 1 && !t.get(end - 1).isWord() && !t.get(end - 1).isQuote()) end--;
        List<Token> kept = t.subList(0, end);
        return new Sentence(TextSpan.of(text, kept.get(0).start(), kept.get(kept.size() - 1).end()), kept,
            s.paragraph(), s.index());
      }
    }
    return s;
  }

  /** {@code claim} without a leading media label and its colon ("Video: Dog rescues owner" → "Dog rescues owner"). */
  public String withoutLabel(String claim) {
    int colon = claim.indexOf(':');
    if (colon <= 0 || colon + 1 >= claim.length()) return claim;
    String label = claim.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
    String rest = claim.substring(colon + 1).strip();
    return lex.in("headline_labels", label) && !rest.isEmpty() ? rest : claim;
  }
}
