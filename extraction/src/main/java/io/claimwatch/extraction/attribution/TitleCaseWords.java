package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.Sentence;
import io.claimwatch.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A title-cased headline ("Harbor Board Denies It Will Sell The Pier, Officials Say") read as if sentence-cased: its
 * cue words, negations, hedges, pronouns and function words are lower-cased tokens, so that the cue rules, which take
 * a capitalized word after a capitalized word for part of a name, find "Denies" and "Say". Only the tokens' case
 * changes: offsets stay, so every span and claim text is still cut from the headline as written, and names keep their
 * capitals. Whether a title is title-cased is the caller's test (the canonicalizer's: nearly all its longer words
 * are capitalized). Immutable.
 */
public final class TitleCaseWords {
  private static final List<String> LISTS = List.of("function_words", "prepositions", "auxiliaries", "be_forms",
      "negations", "hedges", "pronouns_person", "pronouns_group", "subject_determiners", "listener_breaks");
  private final ExtractionLexicon lex;
  private final Predicate<String> titleCased;

  public TitleCaseWords(ExtractionLexicon lex, Predicate<String> titleCased) {
    this.lex = lex;
    this.titleCased = titleCased;
  }

  /**
   * {@code s} with the words above lower-cased (after its first word) when it is a sentence of {@code title} and the
   * title is title-cased; else {@code s}.
   */
  public Sentence sentenceCased(Sentence s, String title) {
    if (s.span().end() > title.length() || !titleCased.test(title)) return s;
    List<Token> out = new ArrayList<>(s.tokens().size());
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      boolean lower = i > 0 && t.isWord() && t.isCapitalized() && !isAllCaps(t) && isClosedOrCue(t.lower());
      out.add(lower ? new Token(t.text().toLowerCase(Locale.ROOT), t.start(), t.end(), t.lower()) : t);
    }
    return new Sentence(s.span(), out, s.paragraph(), s.index());
  }

  private boolean isClosedOrCue(String lower) {
    if (lex.cue(lower) != null) return true;
    for (String list : LISTS) if (lex.in(list, lower)) return true;
    return false;
  }

  private static boolean isAllCaps(Token t) {
    return t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT));
  }
}
