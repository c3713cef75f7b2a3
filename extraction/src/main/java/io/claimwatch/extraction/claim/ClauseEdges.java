package io.claimwatch.extraction.claim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where a claim text was cut out of its sentence so that it is no clause of its own, judged from its edges and its
 * first verb (words and part-of-speech tags of the claim text, {@link PosTagger}); a fragment is dropped, not emitted:
 * <ul>
 *   <li>{@link Cut#DANGLING_END}: it ends in a word that needs a continuation, a conjunction, article, possessive
 *       or subject pronoun, or an auxiliary after a conjunction ("the pier was sold to the", "the board met and", "the
 *       captain told him that she", "the fleet grew and has"), in "than"/"as", or in a preposition after a noun
 *       that nothing before it strands ("the mayor is friends with"), or in an auxiliary after a noun ("the mayor
 *       is", "the board must") or an auxiliary and an adverb in -ly ("the losses were directly"), or in one of the
 *       ends of {@link TruncatedEnds} ("the economist thinks Trump"), or in an adjective that only stands before a
 *       noun ("the campaign violated federal"), or with a "not only" that no "but" or "also" follows ("rise not only for visitors");</li>
 *   <li>{@link Cut#COORDINATED_START}: a lower-case text's first verb, an auxiliary or a verb in -ed/-s, follows
 *       "and"/"or"/"but" (perhaps with adverbs between) with no verb or pronoun before it, or a capitalized one's
 *       with adverbs between ("Lee and almost immediately sold it"), so the text begins in the object of a predicate
 *       that was cut off ("a new tariff and said the port would close"), or a name alone is followed by "both" and
 *       a verb, the second half of a coordinated subject ("Lee both signed the permit": "Roe and Lee both ...");</li>
 *   <li>{@link Cut#SUBJECTLESS_AFTER_COMMA}: it opens with a bare lower-case noun phrase and its first verb follows the
 *       first comma (and no later comma is followed by a verb: "voters, alienated by it, are ripe" is an apposition), the tail of a phrase and then a predicate whose subject was cut off ("higher ferry fares, warned that
 *       the port would lose trade"), or with a lower-case noun phrase, a comma and a clause ({@link PhraseTail}: "his
 *       column, he is ready to ...");</li>
 *   <li>{@link Cut#BARE_SUBORDINATE}: a subordinator, then a prepositional phrase and a comma before any verb ("because
 *       at that time, the pier was closed" is a subordinate clause cut at its start, not a fronted condition).</li>
 *   <li>{@link Cut#INFINITIVE_ONLY}: a subject and an infinitive, no finite verb ("the council to raise the fees and
 *       close the pier"), or a question word and an infinitive ("what to say"), or a lower-case word in -s and an
 *       infinitive whose subject was cut off ("plans to give $15 million to ...").</li>
 *   <li>{@link Cut#PARTICIPLE_ONLY}: a lower-case participle of a cut predicate and no subject ({@link
 *       ParticipleStart}: "hearing that the agency had no lead", "alluding to the mayor's plans").</li>
 *   <li>{@link Cut#RELATIVE_ONLY}: a noun phrase with a relative clause and no main verb ("the forum he spoke at
 *       in May", and after a noun of time, way or reason a name's: "the third time AROS had set up such an event"), the object of a cut preposition, or a noun phrase whose only verb is a final "has" after a noun
 *       ("a stance the harbor board has"), a pronoun's verb before a modal without a subject ("he hoped would
 *       help"), or a "what" clause alone ("what he can do") or a capitalized noun phrase with a gapped relative only
 *       ({@link GappedClauses}).</li>
 * </ul>
 */
public final class ClauseEdges {
  /** How a text is cut, or {@link #NONE}. */
  public enum Cut { NONE, DANGLING_END, COORDINATED_START, SUBJECTLESS_AFTER_COMMA, BARE_SUBORDINATE, INFINITIVE_ONLY, PARTICIPLE_ONLY,
    RELATIVE_ONLY }

  /** Words a text cannot end with (prepositions can: "a candidate to vote for", object pronouns too: "endorse her"). */
  private static final Set<String> DANGLING = Set.of("and", "or", "but", "nor", "the", "a", "an", "if", "because",
      "whether", "i", "he", "she", "we", "they", "my", "their", "our", "your", "mr", "mrs", "ms", "dr",
      // adjectives that only stand before a noun: "the campaign violated federal"
      "federal", "former", "fellow", "main", "entire", "mere", "sheer", "so-called", "would-be");
  private static final Set<String> PRONOUNS = FunctionWords.SUBJECT_PRONOUNS;
  /** Prepositions a clause cannot end with right after a noun ("friends with", "a member of"). */
  private static final Set<String> STRANDABLE = Set.of("with", "of", "from", "at", "by", "between", "among", "into", "toward");
  private static final Set<String> COMPARATIVE_ENDS = Set.of("than", "as");
  private static final Set<String> HAVE = Set.of("has", "have", "had");
  private static final Set<String> FINAL_AUXILIARIES = Set.of("is", "are", "was", "were", "must", "can", "will", "would",
      "should", "could", "might", "may");
  private static final Set<String> GAP_WORDS = Set.of("than", "as", "way", "that", "why", "whatever", "wherever");
  private static final Set<String> MODALS = Set.of("would", "will", "could", "can", "should", "might", "may", "must");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");
  private static final Set<String> BARE_AUXILIARIES = Set.of("be", "have", "been");
  private static final Set<String> BREAKS = Set.of(",", "-", "–", "—", "--", ";", ":");
  private static final Set<String> WH_WORDS = Set.of("what", "how", "where", "when", "whether", "who", "which");
  private static final Set<String> SUBORDINATORS = Set.of("because", "although", "though", "while", "if", "unless");
  private static final Set<String> BARE_PHRASE_TAGS = Set.of("NOUN", "ADJ", "ADV"); // "certainly a key rule, is ..."
  private static final Set<String> SECOND_PARTS = Set.of("but", "also", "too", ";");

  /** How the text of {@code words} (tagged {@code tags}) is cut. */
  public Cut cut(String[] words, String[] tags) {
    int last = words.length - 1;
    while (last > 0 && !isWord(words[last])) last--;
    if (last < 0) return Cut.NONE;
    if (last > 0 && DANGLING.contains(words[last].toLowerCase(Locale.ROOT).replace(".", ""))) return Cut.DANGLING_END;
    if (last > 1 && strandedPreposition(words, tags, last)) return Cut.DANGLING_END; // "the mayor is friends with"
    if (last > 0 && strandedAuxiliary(words, tags, last)) return Cut.DANGLING_END; // "the mayor is", "the board must"
    if (notOnlyAlone(words)) return Cut.DANGLING_END; // "the fees will rise not only for visitors"
    if (TruncatedEnds.at(words, tags, last)) return Cut.DANGLING_END; // "the economist thinks Trump", "about why the side"
    if (last > 1 && HAVE.contains(words[last].toLowerCase(Locale.ROOT)) && Set.of("NOUN", "PROPN").contains(tags[last - 1])
        && firstVerb(tags) == last) {
      return Cut.RELATIVE_ONLY; // "a stance the harbor board has": a noun phrase and a gapped relative
    }
    boolean auxAfterConjunction = last > 1 && tags[last].startsWith("AUX") && CONJUNCTIONS.contains(words[last - 1].toLowerCase(Locale.ROOT));
    if (auxAfterConjunction) return Cut.DANGLING_END; // "... stood at 200,000 and has"
    if (words.length > 2 && WH_WORDS.contains(words[0].toLowerCase(Locale.ROOT)) && words[1].equalsIgnoreCase("to")
        && onlyInfinitives(words, tags, 2)) {
      return Cut.INFINITIVE_ONLY; // "what to say", "how to pay for it"
    }
    boolean verbInSStart = Character.isLowerCase(words[0].charAt(0)) && ClauseWords.isWordInS(words[0].toLowerCase(Locale.ROOT));
    int untilComma = indexOf(words, ",") > 0 ? indexOf(words, ",") : words.length; // an apposition after it has its own verbs
    if (verbInSStart && untilComma > 2 && words[1].equals("to") && tags[2].equals("VERB")
        && onlyInfinitives(Arrays.copyOf(words, untilComma), Arrays.copyOf(tags, untilComma), 2) && noAuxiliary(tags)) {
      return Cut.INFINITIVE_ONLY; // "plans to give $15 million to ...": a verb whose subject was cut off
    }
    if (halfOfBoth(words, tags)) return Cut.COORDINATED_START; // "[Roe and] Lee both signed the permit"
    int verb = firstVerb(tags);
    boolean lowerStart = Character.isLowerCase(words[0].charAt(0)) && !PRONOUNS.contains(words[0]);
    int coordinated = firstFiniteVerb(words, tags); // "the shooting of a man and said": -ing forms before it are no predicate
    boolean nounAfter = coordinated + 1 < tags.length && (tags[coordinated + 1].equals("NOUN") || tags[coordinated + 1].equals("PROPN"));
    boolean andOrBut = coordinated > 1 && Set.of("and", "but").contains(words[coordinated - 1].toLowerCase(Locale.ROOT));
    if (lowerStart && andOrBut && noPronounBefore(words, coordinated) && !nounAfter) {
      return Cut.COORDINATED_START;
    }
    int beforeVerb = verb - 1; // "Lee and almost immediately sold it": adverbs between the conjunction and the verb
    while (beforeVerb > 0 && tags[beforeVerb].equals("ADV")) beforeVerb--;
    boolean joinsAdverbs = beforeVerb > 0 && tags[beforeVerb - 1].equals("ADV"); // "plainly and wrongly suggests"
    // a capitalized start only with an adverb between, and no verb in -s or -ed before that the tagger missed
    boolean nameThenVerb = !lowerStart && beforeVerb < verb - 1 && !inflectedBefore(words, beforeVerb);
    if ((lowerStart || nameThenVerb) && !joinsAdverbs && verb > 1 && CONJUNCTIONS.contains(words[beforeVerb].toLowerCase(Locale.ROOT)) && finite(words[verb], tags[verb])
        && noPronounBefore(words, verb) && !(verb + 1 < tags.length && tags[verb + 1].equals("NOUN"))) { // not "high-cost and politicized elections"
      return Cut.COORDINATED_START;
    }
    if (lowerStart && BARE_PHRASE_TAGS.contains(tags[0]) && verb > 1 && verb - 1 == indexOf(words, ",")
        && !commaVerbAfter(words, tags, verb + 1)) {
      return Cut.SUBJECTLESS_AFTER_COMMA;
    }
    if (PhraseTail.opensText(words, tags)) {
      return Cut.SUBJECTLESS_AFTER_COMMA; // "his column, he is ready to ...": the tail of a cut phrase, then a clause
    }
    if (ParticipleStart.opensText(words)) return Cut.PARTICIPLE_ONLY; // "hearing that the agency had no lead"
    if (verb > 1 && words[verb - 1].equalsIgnoreCase("to") && nounSubject(words, tags, verb - 2) && onlyInfinitives(words, tags, verb)) {
      return Cut.INFINITIVE_ONLY;
    }
    if (lowerStart && GappedClauses.lowerRelativeOnly(words, tags) || gappedComplement(words, tags) || GappedClauses.whClauseOnly(words, tags)
        || GappedClauses.relativeOnly(words, tags)) {
      return Cut.RELATIVE_ONLY;
    }
    boolean subordinate = SUBORDINATORS.contains(words[0].toLowerCase(Locale.ROOT)) && tags.length > 1 && tags[1].equals("ADP");
    int comma = indexOf(words, ",");
    if (subordinate && comma > 1 && (verb < 0 || verb > comma)) return Cut.BARE_SUBORDINATE;
    return Cut.NONE;
  }

  /**
   * A text that ends in "than" or "as", or in a preposition right after a noun with no clause before it that could
   * have left the preposition stranded (an infinitive, a relative or question word, a pronoun after the first word:
   * "a candidate to vote for", "the pier they sailed from" stay).
   */
  private static boolean strandedPreposition(String[] words, String[] tags, int last) {
    String lower = words[last].toLowerCase(Locale.ROOT);
    if (COMPARATIVE_ENDS.contains(lower)) return true;
    if (!STRANDABLE.contains(lower) || !Set.of("NOUN", "PROPN").contains(tags[last - 1])) return false;
    for (int i = 1; i < last; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (w.equals("to") || w.equals("that") || WH_WORDS.contains(w) || tags[i].equals("PRON")) return false;
    }
    return true;
  }

  /** "he hoped would be ...": a subject pronoun, its verb and a modal with no subject of its own (a gapped relative). */
  private static boolean gappedComplement(String[] words, String[] tags) {
    return words.length > 3 && PRONOUNS.contains(words[0].toLowerCase(Locale.ROOT)) && tags[1].equals("VERB")
        && MODALS.contains(words[2].toLowerCase(Locale.ROOT));
  }

  /**
   * A final "is", "was" or modal right after a noun, with no word before it that leaves a gap a clause may end on
   * ("I know who the mayor is", "bigger than the pier was", "the way things are" stay).
   */
  private static boolean strandedAuxiliary(String[] words, String[] tags, int last) {
    String end = words[last].toLowerCase(Locale.ROOT);
    if (end.endsWith("ly") && tags[last].equals("ADV") && FINAL_AUXILIARIES.contains(words[last - 1].toLowerCase(Locale.ROOT))) {
      return true; // "the deaths were directly": an auxiliary and its adverb, the predicate cut off
    }
    if (FINAL_AUXILIARIES.contains(end) && Set.of("who", "which").contains(words[last - 1].toLowerCase(Locale.ROOT))) {
      return true; // "a candidate who would": a relative clause cut at its auxiliary
    }
    if (!FINAL_AUXILIARIES.contains(end) || !Set.of("NOUN", "PROPN").contains(tags[last - 1])) return false;
    for (int i = 0; i < last; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (WH_WORDS.contains(w) || GAP_WORDS.contains(w)) return false;
    }
    return true;
  }

  /** A lower-case word in -s or -ed before {@code end}: a verb the tagger may have called a noun ("Roe opposes"). */
  private static boolean inflectedBefore(String[] words, int end) {
    for (int i = 1; i < end; i++) {
      String w = words[i];
      if (Character.isLowerCase(w.charAt(0)) && (ClauseWords.isWordInS(w) || w.length() > 3 && w.endsWith("ed"))) return true;
    }
    return false;
  }

  private static int firstFiniteVerb(String[] words, String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].startsWith("AUX") || tags[i].endsWith("+AUX")) return i;
      if (tags[i].equals("VERB") && !words[i].toLowerCase(Locale.ROOT).endsWith("ing")) return i; // "said", "argued", "has"
    }
    return -1;
  }

  private static int firstVerb(String[] tags) {
    for (int i = 0; i < tags.length; i++) if (tags[i].equals("VERB") || tags[i].startsWith("AUX") || tags[i].endsWith("+AUX")) return i;
    return -1;
  }

  /** An auxiliary, or a verb in -ed or -s: a predicate, not an infinitive or a noun the tagger took for a verb. */
  private static boolean finite(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT);
    return tag.startsWith("AUX") || tag.equals("VERB") && (lower.endsWith("ed") || lower.endsWith("s"));
  }

  private static boolean noAuxiliary(String[] tags) {
    for (String tag : tags) if (tag.startsWith("AUX") || tag.endsWith("+AUX")) return false;
    return true;
  }

  /** No auxiliary, and every verb from {@code from} continues the infinitive (after "to", "not", "and", "or"). */
  private static boolean onlyInfinitives(String[] words, String[] tags, int from) {
    for (int i = from; i < words.length; i++) {
      String before = words[i - 1].toLowerCase(Locale.ROOT);
      boolean bareAuxiliary = before.equals("to") && (words[i].equalsIgnoreCase("be") || words[i].equalsIgnoreCase("have")); // "to be banned"
      if ((tags[i].startsWith("AUX") || tags[i].endsWith("+AUX")) && !bareAuxiliary) return false;
      boolean continues = before.equals("to") || before.equals("not") || CONJUNCTIONS.contains(before) || tags[i - 1].equals("VERB")
          || BARE_AUXILIARIES.contains(before)
          || before.equals(",") && words[i].toLowerCase(Locale.ROOT).endsWith("ing"); // ", bringing attention to it"
      if (tags[i].equals("VERB") && !continues) return false;
    }
    return true;
  }

  /**
   * A noun right before "to" with only nominal words before it (not a lower-case word in -s the tagger may have taken
   * for a noun: "plans", "aims" are verbs there, unless an adjective or determiner stands before them, "valid reasons").
   */
  private static boolean nounSubject(String[] words, String[] tags, int noun) {
    boolean modified = noun > 0 && (tags[noun - 1].equals("ADJ") || tags[noun - 1].equals("DET")); // "valid reasons to"
    boolean pluralVerbLike = Character.isLowerCase(words[noun].charAt(0)) && words[noun].endsWith("s") && !modified;
    if (!(tags[noun].equals("NOUN") || tags[noun].equals("PROPN")) || pluralVerbLike) return false;
    for (int i = 0; i < noun; i++) {
      // "her plan to ...": a possessive determiner the tagger calls a pronoun
      boolean possessive = i == 0 && FunctionWords.POSSESSIVES.contains(words[i].toLowerCase(Locale.ROOT));
      if (!possessive && !Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(tags[i])) return false;
    }
    return true;
  }

  private static boolean noPronounBefore(String[] words, int end) {
    for (int i = 0; i < end; i++) if (PRONOUNS.contains(words[i].toLowerCase(Locale.ROOT))) return false;
    return true;
  }

  /** A verb right after a later comma: the first one was a participle of an apposition ("voters, alienated by it, are"). */
  private static boolean commaVerbAfter(String[] words, String[] tags, int from) {
    for (int i = from; i + 1 < words.length; i++) {
      if (words[i].equals(",") && (tags[i + 1].equals("VERB") || tags[i + 1].startsWith("AUX"))) return true;
    }
    return false;
  }

  /** Names only, then "both" and a verb with no "and" after it: a coordinated subject cut before its first half. */
  private static boolean halfOfBoth(String[] words, String[] tags) {
    int i = 0;
    while (i < words.length && tags[i].equals("PROPN")) i++;
    if (i == 0 || i + 1 >= words.length || !words[i].equals("both") || !(tags[i + 1].equals("VERB") || tags[i + 1].startsWith("AUX"))) {
      return false;
    }
    for (int k = i + 2; k < words.length; k++) if (words[k].equalsIgnoreCase("and")) return false; // "both approved and funded"
    return true;
  }

  /** A lower-case "not only" with no "but" or "also" after it: the text was cut before the second part. */
  private static boolean notOnlyAlone(String[] words) {
    for (int i = 1; i + 1 < words.length; i++) {
      if (!words[i].equals("not") || !words[i + 1].equalsIgnoreCase("only")) continue;
      for (int k = i + 2; k < words.length; k++) if (SECOND_PARTS.contains(words[k].toLowerCase(Locale.ROOT))) return false;
      return true;
    }
    return false;
  }

  private static int indexOf(String[] words, String w) {
    for (int i = 0; i < words.length; i++) if (words[i].equals(w)) return i;
    return -1;
  }

  private static boolean isWord(String w) {
    return w.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
