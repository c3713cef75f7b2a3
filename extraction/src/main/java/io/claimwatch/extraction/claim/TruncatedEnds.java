package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * Ends of a claim text that show it was cut before its clause was complete, from its words and part-of-speech tags
 * ({@link PosTagger}); {@link ClauseEdges} reports each as a dangling end:
 * <ul>
 *   <li>a "that" right after a noun ("reinforced stereotypes that"): a relative or complement clause cut at its
 *       start ("said that" and "like that" end with a pronoun);</li>
 *   <li>a verb that takes a clause and then only a name or a subject pronoun ("the economist thinks Trump", "she
 *       hopes he"): the complement clause lost its predicate;</li>
 *   <li>a quantifier right after a preposition ("a share of most", "backed by several"; not "at all");</li>
 *   <li>a question word with a few words after it but no verb ("a treatise about why the other side", "unclear
 *       whether the board"), except "how much", "how many" and the like, which are complete as they stand;</li>
 *   <li>a noun of place, time or manner and then only a name ("it was a place Obama"): a relative clause cut after
 *       its subject.</li>
 * </ul>
 */
final class TruncatedEnds {
  /** Verbs that take a clause, never a bare name ("thinks Trump" is cut; "knows Trump", "fears Trump" are not). */
  private static final Set<String> COMPLEMENT_VERBS = Set.of("thinks", "think", "thought", "hopes", "hope", "hoped",
      "argues", "argued", "insists", "insisted");
  /** Not "all": "at all", "above all", "Medicare for all" end clauses. */
  private static final Set<String> QUANTIFIERS = Set.of("every", "each", "most", "some", "any", "both", "several", "many");
  private static final Set<String> WH_WORDS = Set.of("why", "how", "whether", "where", "when");
  private static final Set<String> HOW_DEGREES = Set.of("much", "many", "long", "often", "far", "soon", "big", "large");
  private static final int COMPLEMENT_MAX = 3;
  /** A question word's clause longer than this may have a verb the tagger missed ("when the board meets in May"). */
  private static final int WH_TAIL_MAX = 3;

  private static final Set<String> GAP_NOUNS = Set.of("place", "time", "way", "day", "moment", "reason");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "this", "that");
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december");

  private TruncatedEnds() {}

  /** Whether the text ends, at {@code last}, in one of the cut ends above. */
  static boolean at(String[] words, String[] tags, int last) {
    // "stereotypes that", "the attacks that"; not "respect that", a verb the tagger may call a noun
    boolean nounThat = last > 1 && lower(words[last]).equals("that") && tags[last - 1].equals("NOUN")
        && (lower(words[last - 1]).endsWith("s") || tags[last - 2].equals("DET") || tags[last - 2].equals("ADJ"));
    return nounThat || bareComplement(words, tags, last) || last > 0 && QUANTIFIERS.contains(lower(words[last])) && tags[last - 1].equals("ADP")
        || verblessWhClause(words, tags, last) || nameAfterGapNoun(words, last);
  }

  /** "It was a place Obama", "the way Roe": a noun of place, time or manner and then only a name, a cut relative clause. */
  private static boolean nameAfterGapNoun(String[] words, int last) {
    int k = last;
    if (CALENDAR.contains(lower(words[last]))) return false; // "at the time Monday"
    while (k > 0 && Character.isUpperCase(words[k].charAt(0)) && !words[k].equals("I")) k--;
    return k < last && k > 1 && GAP_NOUNS.contains(lower(words[k])) && Character.isLowerCase(words[k].charAt(0))
        && ARTICLES.contains(lower(words[k - 1])); // "a place Obama", not "on time Monday"
  }

  /** "thinks Trump", "hopes he": a complement verb and then only capitalized words or a subject pronoun. */
  private static boolean bareComplement(String[] words, String[] tags, int last) {
    for (int k = last - 1; k >= Math.max(1, last - COMPLEMENT_MAX); k--) {
      if (COMPLEMENT_VERBS.contains(lower(words[k]))) {
        for (int i = k + 1; i <= last; i++) {
          boolean name = Character.isUpperCase(words[i].charAt(0)) && !words[i].equals("I");
          if (!name && !(i == last && k + 1 == last && FunctionWords.SUBJECT_PRONOUNS.contains(lower(words[i])))) return false;
        }
        return true;
      }
    }
    return false;
  }

  /**
   * The last question word of the text has one to {@value #WH_TAIL_MAX} words after it and none of them is a verb,
   * a contraction ("you're") or a later word in -s, a verb the tagger may call a noun ("how the agency operates").
   */
  private static boolean verblessWhClause(String[] words, String[] tags, int last) {
    int wh = -1;
    for (int i = 1; i < last; i++) if (WH_WORDS.contains(lower(words[i]))) wh = i;
    if (wh < 0 || last - wh > WH_TAIL_MAX || lower(words[wh]).equals("how") && HOW_DEGREES.contains(lower(words[wh + 1]))) return false;
    for (int i = wh + 1; i <= last; i++) {
      String w = lower(words[i]);
      boolean verbInS = i > wh + 1 && ClauseWords.isWordInS(w) && Character.isLowerCase(words[i].charAt(0));
      if (tags[i].equals("VERB") || tags[i].startsWith("AUX") || tags[i].endsWith("+AUX") || w.indexOf('\'') >= 0 || w.indexOf('’') >= 0
          || verbInS || !isWord(words[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWord(String w) {
    return Character.isLetterOrDigit(w.charAt(0));
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
