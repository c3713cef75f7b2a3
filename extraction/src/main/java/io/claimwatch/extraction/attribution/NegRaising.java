package io.claimwatch.extraction.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A negated belief of the speaker denies what is believed: "I don't think the ferry will run" says the ferry will
 * not run, so the claim is "the ferry will run" and the stance DENIES, not "Roe does think the ferry will run". Only
 * for a pronoun subject (the speaker of a quote, or the source in reported speech: "he does not believe that ...")
 * and the verbs that move their negation into the complement (think, believe, expect, suppose, imagine, feel); the
 * complement must be a clause of at least three words ("believe in ...", "expect to ..." are none). A subject
 * pronoun of the complement is not the speaker ("he does not think he will run": the second "he" may be anyone), so
 * the claim text keeps it. Immutable.
 */
final class NegRaising {
  private static final int MIN_COMPLEMENT_WORDS = 3;
  private static final Pattern BELIEF = Pattern.compile("(?i)^(i|we|he|she|they)\\s+(do|does|did)?\\s*(really\\s+)?"
      + "(think|believe|expect|suppose|imagine|feel)s?\\s+(that\\s+)?(?<complement>.+)$");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_A_CLAUSE = Pattern.compile("(?i)(to|in|of|about|for|with|so|that)\\b");

  private NegRaising() {}

  /**
   * The complement of {@code positive} (a clause whose main-verb negation was just removed from {@code negated}) when
   * its main verb is a belief of a pronoun subject; else {@code positive}.
   */
  static String complement(String positive, String negated) {
    if (positive.equals(negated)) return positive;
    Matcher m = BELIEF.matcher(positive.strip());
    if (!m.matches()) return positive;
    String complement = m.group("complement").strip();
    boolean clause = !NOT_A_CLAUSE.matcher(complement).lookingAt(); // "believe in ...", "expect to be ..."
    return clause && WHITESPACE.split(complement).length >= MIN_COMPLEMENT_WORDS ? complement : positive;
  }
}
