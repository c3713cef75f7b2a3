package io.claimwatch.extraction.adversarial;

import java.util.function.IntFunction;

/**
 * Adversarial article bodies, one kind per shape that has broken or could break a text algorithm: runs of one token
 * (quotes, capitalized words, cues, negations, commas), unclosed markup, huge counts of tiny sentences or lines, text
 * without spaces, deep nesting, marks and characters that are not letters (combining marks, bidi and control
 * characters, emoji and lone surrogates). Used by the poison tests, the extraction benchmark and the integration test
 * of the pipeline; the texts are made up, not taken from any source.
 */
public enum PathologicalText {
  APOSTROPHE_RUN(n -> "Officials met on Monday, Smith said " + "'".repeat(n)),
  QUOTE_RUN(n -> "The mayor said " + repeat("“\"”'‘’«» ", n)),
  CAPITALIZED_RUN(n -> repeat("President ", n)),
  UNCLOSED_TAGS(n -> repeat("<a", n)),
  TINY_SENTENCES(n -> repeat("A b. ", n)),
  COMBINING_MARKS(n -> "The council said " + repeat("e\u0301\u0302\u0303\u0304", n)),
  BIDI_AND_CONTROL(n -> repeat("\u202Eblue said\u202C \u2066red\u2069 \u0007\u0000\u001B[2J\u200B\uFEFF ", n)),
  NO_SPACES(n -> "x".repeat(n)),
  ALL_CAPS(n -> repeat("OFFICIALS SAID THE HARBOR WILL CLOSE ACCORDING TO THE MINISTRY ", n)),
  NESTED_PARENTHESES(n -> "(".repeat(n / 2) + "the minister said so" + ")".repeat(n / 2)),
  SAID_CUES(n -> repeat("He said she said they said, ", n)),
  EMOJI_AND_SURROGATES(n -> repeat("😀🇺🇦 said \uD800 \uDC00 𝔘𝔫𝔦 ", n)),
  ACCORDING_TO_RUN(n -> repeat("according to ", n)),
  UNTERMINATED_QUOTES(n -> repeat("“The port is closed, the mayor said ", n)),
  NEGATION_RUN(n -> "The ministry " + repeat("did not ", n) + "deny the report."),
  COMMA_RUN(n -> "The agency said" + repeat(" ,", n) + " citing officials"),
  BLANK_LINES(n -> repeat("Said\n\n", n)),
  CITING_CHAIN(n -> "The Harbor Times reported the closure" + repeat(", citing The Valley Post", n) + "."),
  HYPHENATED_WORD(n -> repeat("a-", n) + "b"),
  INITIALISM_RUN(n -> repeat("U.S.", n) + " officials said."),
  REPEATED_APPOSITIVE(n -> "Mayor Lena Ortiz said that " + repeat("harbor, ", n) + "was closed."),
  LONG_NATURAL_ARTICLE(n -> repeat("Mayor Lena Ortiz said on Friday that the harbor would close, according to "
      + "the Valley Post. “It is false,” a spokesman told reporters, citing officials familiar with the matter. ", n));

  private final IntFunction<String> generator;

  PathologicalText(IntFunction<String> generator) {
    this.generator = generator;
  }

  /** A body of about {@code chars} characters (at least one repetition of the pattern). */
  public String body(int chars) {
    String probe = generator.apply(64);
    int unit = Math.max(1, probe.length() / 64);
    String body = generator.apply(Math.max(1, chars / unit));
    return body.length() > chars && chars > 0 ? trimmed(body, chars) : body;
  }

  /** A title for an article with this body (all caps for {@link #ALL_CAPS}). */
  public String title() {
    return this == ALL_CAPS ? "MINISTRY SAYS HARBOR WILL CLOSE AFTER STORM" : "Poison test: " + name().toLowerCase().replace('_', ' ');
  }

  private static String trimmed(String s, int chars) {
    int end = Character.isHighSurrogate(s.charAt(chars - 1)) ? chars - 1 : chars;
    return s.substring(0, end);
  }

  private static String repeat(String unit, int times) {
    return unit.repeat(Math.max(1, times));
  }
}
