package io.claimwatch.extraction.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Headline shapes that state no claim, whatever verbs they hold, from words alone:
 * <ul>
 *   <li>a headline that opens with an auxiliary or modal ("Could Cause Mayhem", "Is The Ultimate Celebration Of
 *       ...") or with "To"/"Not To" and a word: the second part of a split title, or a question without its mark;</li>
 *   <li>a list title: a number and, within a few words, a plural noun of lists and then "to", a preposition or
 *       nothing ("5 things to watch tonight", "17 Of The Best Ways To Save"), a promise of an article, not a report;</li>
 *   <li>an article or number, a few words with no verb, a relative or complement clause and no verb after that
 *       clause's own ("The Myth That The Mayor Can Save The Port", "Seven captains who could still win"): a noun
 *       phrase.</li>
 * </ul>
 */
final class HeadlineFragments {
  /** Not "will" and "may", which also open names ("Will Smith", "May Day"), nor "do", which opens imperatives. */
  private static final Set<String> OPENING_AUXILIARIES = Set.of("is", "are", "was", "were", "could", "would", "can",
      "should", "might", "must", "has", "have", "had");
  private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "twenty", "dozen");
  static final Set<String> LIST_NOUNS = Set.of("things", "ways", "reasons", "questions", "lessons", "trends", "facts",
      "tips", "moments", "takeaways", "signs", "myths", "charts", "numbers", "times", "stories", "photos", "quotes");
  private static final int LIST_NOUN_REACH = 6;
  private static final int RELATIVE_REACH = 7;
  private static final Set<String> RELATIVES = Set.of("that", "who", "which");
  private static final Set<String> LIST_LINKS = Set.of("to", "not", "for", "of", "from", "about", "in", "on", "at", "that");

  private HeadlineFragments() {}

  /** Whether the headline {@code words} has one of the shapes of the class comment. */
  static boolean matches(String[] words, PosTagger tagger) {
    return matches(words) || relativeOnly(words, tagger);
  }

  /**
   * "The Myth That The President Can Save The Economy", "Seven hopefuls who could still make a case": an article or
   * number, a few words with no verb, a relative or complement clause, and no verb after that clause's own.
   */
  private static boolean relativeOnly(String[] words, PosTagger tagger) {
    String first = words[0].toLowerCase(Locale.ROOT);
    boolean opener = first.equals("the") || first.equals("a") || first.equals("an") || NUMBER_WORDS.contains(first)
        || first.chars().allMatch(Character::isDigit);
    if (!opener) return false;
    int rel = -1;
    for (int i = 2; i < Math.min(words.length - 1, RELATIVE_REACH); i++) {
      if (RELATIVES.contains(words[i].toLowerCase(Locale.ROOT))) {
        rel = i;
        break;
      }
      if (!Character.isLetterOrDigit(words[i].charAt(0))) return false;
    }
    if (rel < 0 || HeadlineVerbs.evident(Arrays.copyOf(words, rel), tagger)) return false;
    String[] tags = tagger.tag(ClauseWords.lowered(words));
    int i = rel + 1;
    while (i < words.length && !HeadlineVerbs.isVerb(tags[i])) i++;
    while (i < words.length && (HeadlineVerbs.isVerb(tags[i]) || tags[i].equals("PART") || tags[i].equals("ADV"))) i++;
    return i >= words.length || !HeadlineVerbs.evident(Arrays.copyOfRange(words, i, words.length), tagger);
  }

  private static boolean matches(String[] words) {
    String first = words[0].toLowerCase(Locale.ROOT);
    boolean capitalized = Character.isUpperCase(words[0].charAt(0));
    boolean acronym = words[0].length() > 1 && words[0].equals(words[0].toUpperCase(Locale.ROOT)); // "IS Fighters Seize ..."
    if (capitalized && !acronym && OPENING_AUXILIARIES.contains(first) && words.length > 1 && !words[1].equals(":")) return true;
    boolean infinitive = first.equals("to") || first.equals("not") && words.length > 2 && words[1].equalsIgnoreCase("to");
    if (capitalized && infinitive && !Arrays.asList(words).contains(",")) return true; // "Not To Moan About ..."; not "To win, ..."
    return isList(words);
  }

  /**
   * A number (not a year) and within a few words a noun of lists that "to", a preposition or the end follows ("5 things
   * to watch", "Ten Ways Of Saving"); "Five reasons the pier is unsafe" states its claim in the clause after the noun.
   */
  private static boolean isList(String[] words) {
    String first = words[0].toLowerCase(Locale.ROOT);
    boolean digits = first.chars().allMatch(Character::isDigit);
    boolean year = digits && first.length() == 4;
    if (!(digits && !year || NUMBER_WORDS.contains(first))) return false;
    for (int i = 1; i < Math.min(words.length, LIST_NOUN_REACH); i++) {
      if (!LIST_NOUNS.contains(words[i].toLowerCase(Locale.ROOT))) continue;
      return i + 1 >= words.length || LIST_LINKS.contains(words[i + 1].toLowerCase(Locale.ROOT)) || !Character.isLetter(words[i + 1].charAt(0));
    }
    return false;
  }
}
