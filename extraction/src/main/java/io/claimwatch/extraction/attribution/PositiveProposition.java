package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The positive proposition of a content whose main verb is negated ({@link NegationScope.Scope#MAIN_VERB}): "he
 * had not spoken with her" → "he had spoken with her", "the plant didn't close" → "the plant did close", "no
 * decision has been made" → "a decision has been made". The source's denial is the stance, not the claim text. A
 * negation inside the content ("urged them not to strike", "were told and did not object") is left alone, and so
 * is every other word, except a negative-polarity item that only the negation licensed ("did not help at all" →
 * "did help", "does not work anymore" → "does work").
 */
final class PositiveProposition {
  private static final Map<String, String> CONTRACTIONS = Map.ofEntries(Map.entry("won't", "will"),
      Map.entry("can't", "can"), Map.entry("cannot", "can"), Map.entry("shan't", "shall"), Map.entry("ain't", "is"));
  private static final Map<String, String> NEGATIVE_DETERMINERS = Map.of("no", "a", "nothing", "something",
      "nobody", "somebody", "none", "some", "neither", "either");
  /** "at all", and a final "anymore" or "any longer": they need the negation the proposition drops. */
  private static final Pattern POLARITY_TAIL = Pattern.compile(
      "(?i)\\s+at all\\b|\\s+(?:any ?more|any longer)(?=\\s*(?:[,.;:!?\"”’)]|$))");
  private final NegationScope scope;
  private final NewsTokenizer tokenizer;

  PositiveProposition(ExtractionLexicon lex) {
    this.scope = new NegationScope(lex);
    this.tokenizer = new NewsTokenizer(lex.abbreviations());
  }

  /** {@code text} without its main-verb negation, or {@code text} itself when the main verb is not negated. */
  String of(String text) {
    String positive = unnegated(text);
    return positive.equals(text) ? text : POLARITY_TAIL.matcher(positive).replaceAll("");
  }

  private String unnegated(String text) {
    List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
    if (scope.of(tokens) != NegationScope.Scope.MAIN_VERB || scope.isNonAnswer(tokens)) {
      return text;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("no") && i + 1 < tokens.size() && (tokens.get(i + 1).is("longer") || tokens.get(i + 1).is("one"))) {
        // "would no longer accept" -> "would still accept", "no one knew" -> "someone knew"
        Token next = tokens.get(i + 1);
        String positive = caseLike(t.text(), next.is("one") ? "someone" : "still");
        return text.substring(0, t.start()) + positive + text.substring(next.end());
      }
      if (t.is("no") && i + 1 < tokens.size() && (tokens.get(i + 1).is(",") || tokens.get(i + 1).is("matter"))) {
        continue; // "No, ...": an answer word; "no matter what ...": a concessive idiom; neither is a determiner
      }
      String replacement = positive(t);
      if ("a".equals(replacement) && pluralContext(tokens, i)) {
        replacement = ""; // "there are no plans" -> "there are plans"
      }
      if (replacement != null) {
        return splice(text, t, replacement);
      }
    }
    return text;
  }

  /** The positive form of a negation token, "" to delete it, or null when the token is no negation. */
  private static String positive(Token t) {
    String l = t.lower().replace('’', '\'');
    if (l.equals("not") || l.equals("never") || l.equals("n't")) {
      return "";
    }
    if (CONTRACTIONS.containsKey(l)) {
      return caseLike(t.text(), CONTRACTIONS.get(l));
    }
    if (l.endsWith("n't") && l.length() > 3) {
      return t.text().substring(0, t.text().length() - 3);
    }
    if (NEGATIVE_DETERMINERS.containsKey(l)) {
      return caseLike(t.text(), NEGATIVE_DETERMINERS.get(l));
    }
    return null;
  }

  private static boolean pluralContext(List<Token> tokens, int i) {
    int before = i - 1;
    while (before > 0 && tokens.get(before).lower().endsWith("ly")) before--; // "are currently no plans"
    boolean pluralVerb = before >= 0 && (tokens.get(before).is("are") || tokens.get(before).is("were"));
    boolean pluralNoun = i + 1 < tokens.size() && tokens.get(i + 1).lower().endsWith("s")
        && !tokens.get(i + 1).lower().endsWith("ss");
    return pluralVerb || pluralNoun;
  }

  private static String caseLike(String original, String word) {
    return Character.isUpperCase(original.charAt(0))
        ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
  }

  private static String splice(String text, Token t, String replacement) {
    if (!replacement.isEmpty()) {
      String rest = text.substring(t.end());
      boolean vowelNext = rest.length() > 1 && "aeiouAEIOU".indexOf(rest.charAt(1)) >= 0;
      return text.substring(0, t.start()) + (replacement.equalsIgnoreCase("a") && vowelNext ? replacement + "n" : replacement) + rest;
    }
    int end = t.end() < text.length() && text.charAt(t.end()) == ' ' ? t.end() + 1 : t.end();
    int start = end == t.end() && t.start() > 0 && text.charAt(t.start() - 1) == ' ' ? t.start() - 1 : t.start();
    return text.substring(0, start) + text.substring(end);
  }
}
