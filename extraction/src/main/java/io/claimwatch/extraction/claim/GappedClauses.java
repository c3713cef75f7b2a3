package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * A clause with a gap and nothing else: the object of a cut sentence, with no predicate of its own ({@link
 * ClauseEdges.Cut#RELATIVE_ONLY}). Three shapes, from words and part-of-speech tags ({@link PosTagger}):
 * <ul>
 *   <li>a "what" clause alone, also when its verb continues in infinitives ("what he can do", "what the skipper wants
 *       to say", "what the crew is hoping to find"); "what he wants is ..." has a predicate after it;</li>
 *   <li>a noun phrase with a relative clause of a subject pronoun and no main verb, where the phrase opens with a
 *       capitalized determiner or is an indefinite pronoun ("The speech we would like to hear", "Everything you do",
 *       "Something they could fix in May"). A time noun in the phrase makes it a fronted time phrase before a clause
 *       ("This year we will win", "Every day they work"), which is a claim;</li>
 *   <li>a lower-case determiner phrase with such a relative clause ("the forum he spoke at in May"), or after a noun
 *       of time, way or reason a name's ("the third time AROS had set up such an event").</li>
 * </ul>
 * Any verb after the gapped clause's verb group (and its infinitives), or a comma or dash, is the main predicate or
 * another clause, and the text is left alone; verbs after a subordinator ("that", "when") are that clause's.
 */
final class GappedClauses {
  private static final Set<String> INDEFINITES = Set.of("everything", "something", "anything", "all");
  private static final Set<String> PHRASE_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM");
  private static final Set<String> BREAKS = Set.of(",", "-", "–", "—", "--", ";", ":");
  private static final Set<String> BARE = Set.of("be", "been", "being", "have");
  private static final int PHRASE_MAX = 5;
  private static final int LOWER_PHRASE_MAX = 5;
  private static final Set<String> GAP_NOUNS = Set.of("time", "times", "way", "reason", "day", "moment", "place", "year",
      "night", "thing", "things");
  private static final Set<String> SUBORDINATORS = Set.of("that", "when", "because", "if", "whether", "while", "although",
      "though", "unless");

  private GappedClauses() {}

  /** "What he can do", "what she wants to say": a "what" clause whose verb group is the text's only one. */
  static boolean whClauseOnly(String[] words, String[] tags) {
    if (!words[0].equalsIgnoreCase("what") || words.length > 1 && words[1].equals(",")) return false; // "What, ..." opens a quote
    int v = firstVerb(tags);
    if (v < 0) return false;
    return noVerbFrom(words, tags, afterVerbGroup(words, tags, v));
  }

  /** "The speech we would like to hear", "Everything you do": a noun phrase and a gapped relative clause only. */
  static boolean relativeOnly(String[] words, String[] tags) {
    boolean indefinite = INDEFINITES.contains(lower(words[0]));
    boolean capitalDeterminer = tags[0].equals("DET") && Character.isUpperCase(words[0].charAt(0));
    if (!indefinite && !capitalDeterminer) return false;
    int p = 1;
    if (capitalDeterminer) {
      while (p < Math.min(words.length, PHRASE_MAX) && PHRASE_TAGS.contains(tags[p]) && !isSubjectPronoun(words[p])) p++;
      if (p == 1 || !(tags[p - 1].equals("NOUN") || tags[p - 1].equals("PROPN"))) return false;
    }
    if (p + 1 >= words.length || !isSubjectPronoun(words[p])) return false;
    for (int i = 0; i < p; i++) if (FunctionWords.TIME_NOUNS.contains(lower(words[i]))) return false; // "This year we won"
    int v = p + 1;
    if (!(tags[v].equals("VERB") || tags[v].startsWith("AUX") || tags[p].endsWith("+AUX"))) return false;
    return noVerbFrom(words, tags, afterVerbGroup(words, tags, v));
  }

  /**
   * "the forum he was against the war": a short noun phrase, then a subject pronoun and its verb (a relative clause
   * without "that") after a determiner, and no verb, comma or dash after it.
   */
  static boolean lowerRelativeOnly(String[] words, String[] tags) {
    int p = 1;
    while (p < Math.min(words.length, LOWER_PHRASE_MAX) && Set.of("DET", "ADJ", "NOUN", "NUM").contains(tags[p - 1])
        && !FunctionWords.SUBJECT_PRONOUNS.contains(words[p].toLowerCase(Locale.ROOT)) && !nameAfterGapNoun(words, tags, p)) p++;
    boolean subject = p < words.length && FunctionWords.SUBJECT_PRONOUNS.contains(words[p].toLowerCase(Locale.ROOT));
    if (!tags[0].equals("DET") || p >= words.length - 1 || !tags[p - 1].equals("NOUN")) return false;
    if (!subject && !nameAfterGapNoun(words, tags, p)) return false;
    if (!subject) { // "the third time AROS had set up ...": past the name to its verb
      while (p + 1 < words.length && Character.isUpperCase(words[p + 1].charAt(0)) && !tags[p + 1].startsWith("AUX")) p++;
    }
    int v = p + 1;
    if (!(tags[v].equals("VERB") || tags[v].startsWith("AUX"))) return false;
    while (v < words.length && (tags[v].startsWith("AUX") || tags[v].equals("PART") || tags[v].equals("ADV"))) v++;
    if (v < words.length && tags[v].equals("VERB")) v++; // the relative clause's verb; a later one is the main verb
    for (int i = v; i < words.length; i++) if (tags[i].equals("VERB") || tags[i].startsWith("AUX") || BREAKS.contains(words[i])) return false;
    return true;
  }

  /**
   * A name right after a noun of time, way or reason ("the third time AROS had ...", "the way Lee runs ..."): the
   * subject of a relative clause of that noun, not an apposition ("the spokesman Ann Lee resigned").
   */
  private static boolean nameAfterGapNoun(String[] words, String[] tags, int p) {
    return p < words.length && (tags[p].equals("PROPN") || tags[p].equals("NOUN")) && Character.isUpperCase(words[p].charAt(0))
        && GAP_NOUNS.contains(words[p - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * The index after the verb group at {@code v}: an auxiliary and its bare forms, adverbs and particles, one verb, then any infinitives
   * that continue it ("wants to say", "is hoping to find").
   */
  private static int afterVerbGroup(String[] words, String[] tags, int v) {
    int i = v + (tags[v].equals("VERB") ? 0 : 1);
    // "has been", "could have": only a bare form continues the group; "does is" is the clause's verb, then the main one
    while (i < tags.length && (tags[i].equals("PART") || tags[i].equals("ADV") || tags[i].startsWith("AUX") && BARE.contains(lower(words[i])))) i++;
    if (i < tags.length && tags[i].equals("VERB")) i++;
    while (i + 1 < tags.length && words[i].equalsIgnoreCase("to") && tags[i + 1].equals("VERB")) i += 2;
    return i;
  }

  private static boolean noVerbFrom(String[] words, String[] tags, int from) {
    for (int i = from; i < tags.length; i++) {
      // "what happened then to show that the lead could erode": a subordinate clause's verbs are not the main one's
      if (SUBORDINATORS.contains(lower(words[i])) && !isRelativeOrDeterminer(words, tags, i)) return true;
      // "from listening to ...": a gerund after a preposition is a noun phrase's, no predicate
      boolean gerund = i > 0 && tags[i - 1].equals("ADP") && lower(words[i]).endsWith("ing");
      boolean infinitive = i > 0 && lower(words[i - 1]).equals("to"); // "to show that ...": a purpose, no predicate
      if (!gerund && !infinitive && (tags[i].equals("VERB") || tags[i].startsWith("AUX") || tags[i].endsWith("+AUX")) || BREAKS.contains(words[i])) return false;
    }
    return true;
  }

  /** "the man that ..." (a relative), "at that time" (a determiner): a "that" that opens no subordinate clause. */
  private static boolean isRelativeOrDeterminer(String[] words, String[] tags, int i) {
    if (!lower(words[i]).equals("that")) return false;
    boolean afterNoun = i > 0 && (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN"));
    return afterNoun || tags[i].equals("DET") || i + 1 < tags.length && tags[i + 1].equals("NOUN");
  }

  private static int firstVerb(String[] tags) {
    for (int i = 0; i < tags.length; i++) if (tags[i].equals("VERB") || tags[i].startsWith("AUX") || tags[i].endsWith("+AUX")) return i;
    return -1;
  }

  /** "we", also with a contracted auxiliary ("we'd", "they’re"). */
  private static boolean isSubjectPronoun(String word) {
    String lower = lower(word);
    int apostrophe = lower.indexOf('\'');
    return FunctionWords.SUBJECT_PRONOUNS.contains(apostrophe > 0 ? lower.substring(0, apostrophe) : lower);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
