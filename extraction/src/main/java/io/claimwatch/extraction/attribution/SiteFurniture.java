package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Sentence;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * Page furniture inside a sentence, which no source says: a "Read more: ..." / "Read more at ..." tail (a link or
 * the headline again), a leading media label of a headline ("Video: ...", "WATCH: ...", "Pictured: ...") and a
 * headline's trailing credit ("Ferry line to close: Report", "...: AP"), which names whom the title relays.
 *
 * <p>A credit is read narrowly, since a short tail after a colon can also be the publisher's verdict ("...: Not
 * true", "UPDATE: Nope"): one to three capitalized words, none of them a negation, falsity or function word or an indefinite article, after a
 * head of at least four words that does not end in a media label.
 */
public final class SiteFurniture {
  private static final int MAX_CREDIT_WORDS = 3;
  private static final int MIN_HEAD_WORDS = 4;
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

  /** {@code title} without a trailing credit ("Bakery chain to close 40 stores: Sources" → the head), else as is. */
  public String withoutCredit(String title) {
    int colon = title.lastIndexOf(':');
    if (colon <= 0) return title;
    String[] head = title.substring(0, colon).strip().split("\\s+");
    String credit = title.substring(colon + 1).strip();
    String[] words = credit.split("\\s+");
    if (credit.isEmpty() || words.length > MAX_CREDIT_WORDS || head.length < MIN_HEAD_WORDS
        || lex.in("headline_labels", head[head.length - 1].toLowerCase(java.util.Locale.ROOT))) {
      return title;
    }
    for (String w : words) {
      String lower = w.toLowerCase(java.util.Locale.ROOT).replace(".", "");
      if (!Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '.' || ch == '&')
          || lex.in("negations", lower) || lex.in("falsity", lower) || lex.in("function_words", lower)
          || lower.equals("a") || lower.equals("an")) {
        return title;
      }
    }
    return title.substring(0, colon).strip();
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
