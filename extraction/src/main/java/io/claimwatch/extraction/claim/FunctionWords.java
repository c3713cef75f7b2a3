package io.claimwatch.extraction.claim;

import java.util.Set;

/**
 * The closed-class words that the claim-text stages (negation scope and owner, clause edges, claim shape, conjunct
 * splitting) test for, one list each so that they agree: subject, third-person and object pronouns and the
 * auxiliaries other than the forms of "be" (those are the lexicon's {@code be_forms}). Lower case with a straight
 * apostrophe, as {@link io.claimwatch.extraction.text.Token#lower()} has them. Immutable.
 */
public final class FunctionWords {
  /** Pronouns that can be the subject of a finite clause. */
  public static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");
  /** Subject pronouns whose referent the context gives (not the speaker or the addressee). */
  public static final Set<String> THIRD_PERSON = Set.of("he", "she", "it", "they");
  /** Possessive determiners ("her plan", "our resolve"), which the tagger calls pronouns. */
  public static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");
  /** Object pronouns: a text starting with one is the rest of a sentence ("them what to say"). */
  public static final Set<String> OBJECT_PRONOUNS = Set.of("them", "him", "me", "us", "whom");
  /** Forms of "do" and "have", the modals and contracted auxiliaries ("'s" is a possessive too). */
  public static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "has", "have", "had", "will", "would",
      "can", "could", "may", "might", "shall", "should", "must", "'s", "'re", "'ve", "'d");
  /** Negative determiners and pronouns ("no decision", "nobody came"). */
  public static final Set<String> NEGATIVE_DETERMINERS = Set.of("no", "nothing", "nobody", "none", "neither");
  /**
   * Words that open a clause's subject after a conjunction that opens a content ("and they won't", "But that is not
   * enough"): there the content's clause starts at the subject, for the claim text and the negation scope alike.
   */
  public static final Set<String> OPENING_SUBJECTS = Set.of("i", "you", "he", "she", "it", "we", "they", "that", "this",
      "there", "the");

  /** Nouns of a fronted time phrase ("the next day, ..."), which opens a clause rather than ending a cut one. */
  public static final Set<String> TIME_NOUNS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
      "morning", "afternoon", "evening", "night", "weekend", "time", "times", "decade", "decades", "season", "moment",
      "hour", "hours", "spring", "summer", "fall", "autumn", "winter", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");

  /** An opening subject, also with a contracted auxiliary ("they're", "it’s", "we'd"), as the claim text reads it. */
  public static boolean isOpeningSubject(String lower) {
    int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
    return OPENING_SUBJECTS.contains(apostrophe > 0 ? lower.substring(0, apostrophe) : lower);
  }

  /**
   * Whether {@code word}, as written, is an object pronoun: "us", not "US" (a word of two or more capitals is an
   * abbreviation, the country in "US officials held talks").
   */
  public static boolean isObjectPronoun(String word) {
    return OBJECT_PRONOUNS.contains(word.toLowerCase(java.util.Locale.ROOT)) && !isCapitals(word);
  }

  /** A word of two or more characters whose letters are all capitals ("US", "NATO", "U.S."): an abbreviation or a label. */
  public static boolean isCapitals(String word) {
    return word.length() > 1 && word.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch));
  }

  private FunctionWords() {}
}
