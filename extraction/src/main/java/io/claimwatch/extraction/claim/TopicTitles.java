package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * A headline that only names a topic ("The Quiet Rise Of The Harbor Party", "The Mayor's Grand Plans", "Rebuilding
 * the Old Pier", and in sentence case "The steep cost of the pier plan", "Inside the harbor board's long night"): a
 * noun phrase that opens with an article, a possessive name or a gerund (a headline's also with a fronted preposition
 * and no clause after its comma), with no verb, negation, infinitive, exclamation or adjective after its noun ("X
 * Dead At 81"). Such a title states no claim; a nominal headline that opens otherwise may ("Port closure over storm"
 * is kept). The tagger may call a headline's verb in -s a noun ("Mayor Backs Pier Plan"), so a capitalized word in -s
 * with a word after it other than a preposition or article counts as a verb, and so does a lower-case one before a
 * word other than "of", "for", "from" and the like ("leaves everyone", not "lessons from"). A reported content in a
 * headline ("denies the port strike") is judged as a title-cased title only: it may name its claim.
 */
final class TopicTitles {
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> NOMINAL_OR_VERB = Set.of("NOUN", "PROPN", "VERB");
  private static final Set<String> PREDICATE_WORDS = Set.of("not", "no", "never", "to", "is", "are", "was", "were",
      "will", "can", "could", "would", "should", "must", "may", "might", "has", "have", "had", "does", "did");
  /** Prepositions a headline's topic may open with ("For the mayor, lessons from the flood"). */
  private static final Set<String> FRONTED_PREPOSITIONS = Set.of("in", "inside", "for", "with", "beneath", "amid",
      "behind", "beyond", "under", "among", "within", "outside", "on", "at");
  /** Words after a noun in -s that keep it a noun ("contrasts of", "plans for"). */
  private static final Set<String> NOUN_LINKS = Set.of("of", "for", "and", "or", "from", "about", "in", "with", "at",
      "against");
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "on", "in", "to", "for", "and", "or",
      "at", "by", "with", "as", "from", "vs", "over", "into", "about");

  private TopicTitles() {}

  /** True for a title-cased topic title; the tagger reads the words with their capitalized words in -s lowered. */
  static boolean isTopic(String[] words, PosTagger tagger) {
    return titleCased(words) && namesTopic(words, tagger, Set.of());
  }

  /**
   * True for a headline's topic title in title case or in sentence case ("The steep cost of the plan", "Clinton's
   * Iowa dilemma"): a headline that opens with an article or a possessive and has no verb names its subject and says
   * nothing of it. A reported content ("denies the port strike") is not a headline: it may name its claim.
   */
  static boolean isHeadlineTopic(String[] words, PosTagger tagger) {
    return (titleCased(words) || Character.isUpperCase(words[0].charAt(0))) && namesTopic(words, tagger, FRONTED_PREPOSITIONS);
  }

  /** {@code prepositions}: what else than an article, possessive or gerund the topic may open with. */
  private static boolean namesTopic(String[] words, PosTagger tagger, Set<String> prepositions) {
    String[] tags = tagger.tag(loweredVerbsInS(words));
    String first = words[0].toLowerCase(Locale.ROOT);
    // "It's still Bill", "That's A First": a pronoun's "'s" opens no claim of substance either
    boolean possessive = words.length > 2 && isPossessive(words[1]) || words.length > 3 && isPossessive(words[2]);
    boolean gerund = first.endsWith("ing") && words.length > 1 && ARTICLES.contains(words[1].toLowerCase(Locale.ROOT));
    boolean fronted = prepositions.contains(first); // "Inside the campaign's war room"
    if (!ARTICLES.contains(first) && !possessive && !gerund && !fronted) return false;
    if (fronted && clauseAfterComma(words)) return false; // "For the pope, it's bigger", "In May, Roe strives for a seat"
    String[] lowerTags = tagger.tag(ClauseWords.lowered(words)); // capitals make the tagger read "Dead" as a name
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.equals("!") || w.equals("?") || lower.contains("n't") || PREDICATE_WORDS.contains(lower)) return false;
      boolean openingWord = i == 0 || possessive && i + 1 < words.length && isPossessive(words[i + 1]);
      if (openingWord) continue; // the gerund, or a name before its "'s" the tagger may call a verb
      if (tags[i].equals("VERB") || tags[i].startsWith("AUX") || tags[i].equals("SCONJ")) return false;
      boolean objectAfter = i + 1 < words.length && isWord(words[i + 1]) && !SMALL_WORDS.contains(words[i + 1].toLowerCase(Locale.ROOT));
      if (objectAfter && isVerbInS(w)) return false; // "Backs Trump"; "Plans For ..." is a noun
      if (isLowerVerbInS(w) && i + 1 < words.length && isWord(words[i + 1]) && !NOUN_LINKS.contains(words[i + 1])) {
        return false; // "leaves everyone", "lives on"; "contrasts of", "lessons from", "politics" at the end are nouns
      }
      if (w.length() > 3 && lower.endsWith("ed")) return false;
      if (isPostNominalAdjective(words, lowerTags, i)) return false;
    }
    return true;
  }

  /**
   * "The Band's Drummer Dead At 81", "Plans Dead In The Water": an adjective right after a noun (or a name the tagger
   * reads as a verb), at the end or before a preposition or number, is the predicate of a headline that dropped its
   * "is", not a modifier (those stand before their noun, "Bold New Plans"). {@code tags} are of the lower-cased words.
   */
  static boolean isPostNominalAdjective(String[] words, String[] tags, int i) {
    if (i == 0 || !tags[i].equals("ADJ") || !NOMINAL_OR_VERB.contains(tags[i - 1])) return false;
    return i + 1 == words.length || tags[i + 1].equals("ADP") || tags[i + 1].equals("NUM") || !isWord(words[i + 1]);
  }

  /** Every content word capitalized (three at least), or the whole text in capitals. */
  private static boolean titleCased(String[] words) {
    int content = 0;
    int capitalized = 0;
    for (String w : words) {
      if (!isWord(w) || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
      content++;
      if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) capitalized++;
    }
    return content >= 3 && capitalized == content;
  }

  private static String[] loweredVerbsInS(String[] words) {
    String[] out = words.clone();
    for (int i = 1; i < out.length; i++) if (isVerbInS(out[i])) out[i] = out[i].toLowerCase(Locale.ROOT);
    return out;
  }

  /** "Backs", "Denounces": a capitalized word in -s (not "-ss", not all capitals). */
  private static boolean isVerbInS(String w) {
    return ClauseWords.isWordInS(w) && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))
        && w.indexOf('.') < 0; // not "U.N.s"
  }

  /** "leaves", "unites": a lower-case word in -s (not "-ss"), a verb when a word other than a small one follows. */
  private static boolean isLowerVerbInS(String w) {
    return ClauseWords.isWordInS(w) && Character.isLowerCase(w.charAt(0));
  }

  /** After the first comma, a name and a verb in -s, or "it's", "he's": a clause follows the fronted phrase. */
  private static boolean clauseAfterComma(String[] words) {
    int comma = java.util.Arrays.asList(words).indexOf(",");
    for (int j = comma + 2; comma > 0 && j < words.length; j++) {
      boolean named = Character.isUpperCase(words[j - 1].charAt(0)) && isLowerVerbInS(words[j]);
      boolean pronounIs = isPossessive(words[j]) && FunctionWords.SUBJECT_PRONOUNS.contains(words[j - 1].toLowerCase(Locale.ROOT));
      if (named || pronounIs) return true;
    }
    return false;
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s");
  }

  private static boolean isWord(String w) {
    return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
  }
}
