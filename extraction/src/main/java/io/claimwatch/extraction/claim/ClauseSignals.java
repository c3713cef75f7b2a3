package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * Word-level signals the predicate test of {@link ClaimShape} reads beside the tags: an inverted conditional after a
 * comma (", should Lee attempt ..."), a text that is only a name, a verb in -s the tagger took for a noun after a name,
 * an inflected verb, and the word lists behind them. Stateless.
 */
final class ClauseSignals {
  static final Set<String> INVERTING = Set.of("should", "had", "were");
  static final Set<String> NAME_JOINERS = Set.of("and", "of", "the", "&", "for", "de", "'s", "’s");
  static final Set<String> INDEFINITES = Set.of("anything", "something", "everything", "nothing", "anyone",
      "someone", "everyone", "anybody", "somebody", "everybody", "nobody");
  /** Quantities the tagger may call adverbs, which are subjects ("half wanted", "most said"). */
  static final Set<String> QUANTITIES = Set.of("half", "most", "many", "few", "several", "all", "both");

  /** Prepositions that also open a clause of time ("after he was asked", "until the talks end"). */
  static final Set<String> TIME_CONNECTIVES = Set.of("after", "before", "since", "until");
  private static final Set<String> CLAUSE_SUBJECTS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");
  private static final Set<String> NOT_CUT_ADVERBS = Set.of("there", "here", "so", "nor", "neither", "thus", "hence", "when",
      "where", "how", "why", "while", "once", "whenever", "wherever"); // "when given the option, ..." opens a clause of its own
  private static final Set<String> NOMINATIVES = Set.of("i", "he", "she", "we", "they");
  private static final Set<String> TIME_SPANS = Set.of("day", "days", "hour", "hours", "week", "weeks", "month", "months",
      "year", "years", "minutes", "moments", "shortly", "soon", "long", "just", "right", "immediately");

  /** Irregular past participles, which open an apposition after a comma as words in -ed do ("the week, known as ..."). */
  static final Set<String> PARTICIPLES = Set.of("known", "given", "taken", "shown", "seen", "born", "written", "chosen",
      "driven", "brought", "caught", "built", "held", "sold", "told", "found");

  private static final Set<String> COMMENT_OBJECTS = Set.of("them", "it", "this", "that");

  private ClauseSignals() {}

  /**
   * Whether a comment clause of a pronoun and its verb opens at {@code i}, between commas (", I think,", ", he says,")
   * or after a comma at the text's end, perhaps with a pronoun object (", he called them").
   */
  static boolean isCommentClause(String[] words, String[] tags, int i) {
    if (i == 0 || i + 1 >= words.length || !words[i - 1].equals(",") || !tags[i + 1].equals("VERB")
        || !FunctionWords.SUBJECT_PRONOUNS.contains(words[i].toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean endsText = i + 2 == words.length || i + 3 == words.length && COMMENT_OBJECTS.contains(words[i + 2].toLowerCase(Locale.ROOT));
    return i + 2 < words.length && words[i + 2].equals(",") || endsText;
  }

  /**
   * Whether a lower-case text opens with adverbs and then a verb that no subject pronoun follows ("still believe
   * ...", "now have a chance to ..."): a predicate whose subject was cut off. Not "there is", "so do we" or an
   * inversion ("never have we seen").
   */
  static boolean adverbThenVerb(String[] words, String[] tags) {
    if (!Character.isLowerCase(words[0].charAt(0)) || !tags[0].equals("ADV") || NOT_CUT_ADVERBS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    int k = 1;
    while (k < tags.length && tags[k].equals("ADV")) k++;
    for (int i = 0; i < k; i++) if (QUANTITIES.contains(words[i].toLowerCase(Locale.ROOT))) return false; // "about half think"
    if (k >= tags.length || !(tags[k].equals("VERB") || tags[k].startsWith("AUX")) || words[k].toLowerCase(Locale.ROOT).endsWith("ing")) return false;
    return k + 1 >= words.length || !FunctionWords.SUBJECT_PRONOUNS.contains(words[k + 1].toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code words[i]}, a preposition of time the tagger may not call a subordinator, opens a clause: a pronoun
   * that is only a subject ("after he was asked"), or after a span of time a short noun phrase and a finite verb ("a
   * day after supporters assaulted"). "the endorsement before the primary will help" keeps its noun phrase.
   */
  static boolean opensTimeClause(String[] words, String[] tags, int i) {
    if (!TIME_CONNECTIVES.contains(words[i].toLowerCase(Locale.ROOT)) || i + 2 >= words.length) return false;
    if (NOMINATIVES.contains(words[i + 1].toLowerCase(Locale.ROOT))) return true;
    if (i == 0 || !TIME_SPANS.contains(words[i - 1].toLowerCase(Locale.ROOT))) return false;
    int k = i + 1;
    while (k < Math.min(tags.length, i + 5) && CLAUSE_SUBJECTS.contains(tags[k])) k++;
    while (k < tags.length && tags[k].equals("ADV")) k++;
    return k > i + 1 && k < tags.length && (tags[k].startsWith("AUX") || inflected(words[k], tags[k]));
  }

  /** The verb of a subject and its verb within a few words from {@code from} ("Clinton attempt", "the talks fail"), or -1. */
  static int invertedVerb(String[] words, String[] tags, int from) {
    if (from >= tags.length || !(tags[from].equals("PROPN") || tags[from].equals("PRON") || tags[from].equals("DET"))) return -1;
    for (int k = from + 1; k < Math.min(tags.length, from + 4); k++) {
      if (tags[k].equals("VERB")) return k;
      if (words[k].equals(",")) return -1;
    }
    return -1;
  }

  /** "Fox and Friends", "Harbor Board of Trade": capitalized words and their joining words only, a name. */
  static boolean isNameOnly(String[] words) {
    for (String w : words) {
      boolean joiner = NAME_JOINERS.contains(w.toLowerCase(Locale.ROOT));
      if (!joiner && (!Character.isUpperCase(w.charAt(0)) || w.endsWith("ing"))) return false; // "Selling The Old Pier" is no name
    }
    return true;
  }

  /** Whether {@code words[i]} is a lower-case word in -s right after a name ("Scott plans"). */
  static boolean namedVerbInS(String[] words, String[] tags, int i) {
    return i > 0 && Character.isUpperCase(words[i - 1].charAt(0)) && words[i].endsWith("s") && Character.isLowerCase(words[i].charAt(0));
  }

  /** An auxiliary or a verb in -s or -ed: a predicate of its own, not a second infinitive ("to raise taxes and give"). */
  static boolean inflected(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT);
    return tag.startsWith("AUX") || tag.equals("VERB") && (lower.endsWith("s") || lower.endsWith("ed"));
  }
}
