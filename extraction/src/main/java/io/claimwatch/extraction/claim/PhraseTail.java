package io.claimwatch.extraction.claim;

import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A claim text that opens with the tail of a phrase cut out of its sentence and then a clause of its own: a
 * lower-case noun phrase (after an article or possessive, or bare: "pier repairs, ...") with no verb, a comma, and a
 * subject of a few nominal words or a pronoun right before its finite verb ("a fresh start, rebels took the town",
 * "the record, we keep our word", "his column, he is ready to ..."). The phrase was the object of a cut predicate
 * ("promised a fresh start, ..."), so the tail is no part of the claim: the claim text starts at the clause
 * ({@link #clause}), and a text that still opens so is a fragment ({@link ClauseEdges}), as is one whose clause is
 * only a speech frame ("the deal, the candidate said": the tail was what was said). The claim text also drops a lone
 * singular noun before a name or pronoun ("[her] rival Ann Lee won ...", "[Friday] night they closed ...") and a lone
 * adverb of a cut speech frame before a comma or colon and a clause ("[said] calmly, the pier will reopen"). Not a
 * fronted time phrase ("the next morning, the port closed"), nor an apposition, whose comma the subject does not
 * follow with a verb ("her rival, the mayor, wants ...", "the board, which ..."); a time noun after the phrase's
 * head does not make it a time phrase ("her bid last spring, the mayor ..."). The tags are OpenNLP's as repaired
 * by {@link TagRepairs}, so a tail the tagger reads as a noun phrase may be a clause ("term carries with it ...").
 */
public final class PhraseTail {
  private static final Set<String> OPENERS = Set.of("a", "an", "the", "his", "her", "its", "their", "my", "our", "your");
  private static final Set<String> BARE_OPENERS = Set.of("NOUN", "ADJ");
  private static final int PHRASE_MAX = 12;
  private static final int SUBJECT_MAX = 5;
  private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "added", "told", "wrote", "noted");
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that", "what");
  private static final Set<String> SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON");

  private final NewsTokenizer tokenizer;
  private final PosTagger tagger;

  public PhraseTail(NewsTokenizer tokenizer, PosTagger tagger) {
    this.tokenizer = tokenizer;
    this.tagger = tagger;
  }

  /** {@code text} from the clause after an opening tail of a cut phrase ("the record, we keep ..." → "we keep ..."). */
  public String clause(String text) {
    if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) return text;
    List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
    String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
    String[] tags = TagRepairs.repair(words, tagger.tag(words));
    int start = clauseStart(words, tags);
    if (start < 0 && loneNoun(words, tags)) start = 1; // "rival Ann Lee said ...", "night he said ..."
    if (start < 0 && loneAdverb(words, tags)) start = 2; // "[said] calmly, the pier will ...", "[shot] back: we ..."
    return start < 0 || speechFrame(words, tags, start) ? text : text.substring(tokens.get(start).start());
  }

  /**
   * A lone singular lower-case noun before a name or a subject pronoun: the end of a cut phrase, a role before a name
   * ("[the mayor's] rival Ann Lee said ...") or a time ("[Friday] night he said ...").
   */
  private static boolean loneNoun(String[] words, String[] tags) {
    if (words.length < 3 || !tags[0].equals("NOUN") || words[0].endsWith("s") || words[0].endsWith("ing")) return false;
    boolean name = tags[1].equals("PROPN") && Character.isUpperCase(words[1].charAt(0));
    return name || FunctionWords.SUBJECT_PRONOUNS.contains(words[1]);
  }

  /** A lower-case adverb of a cut speech frame, a comma or colon and a clause ("calmly, the pier will reopen"). */
  private static boolean loneAdverb(String[] words, String[] tags) {
    boolean mark = words.length > 3 && (words[1].equals(",") || words[1].equals(":"));
    return mark && tags[0].equals("ADV") && clauseAt(words, tags, 2);
  }

  /** "the deal, the candidate said": the clause is a speech frame whose content was the tail, so nothing is left. */
  private static boolean speechFrame(String[] words, String[] tags, int from) {
    int i = from;
    while (i < words.length && !isVerb(tags[i]) && !tags[i].endsWith("+AUX")) i++;
    return i < words.length && SPEECH_VERBS.contains(words[i].toLowerCase(Locale.ROOT));
  }

  /** Whether {@code words} (tagged {@code tags}) open with a verbless lower-case phrase, a comma and a clause. */
  static boolean opensText(String[] words, String[] tags) {
    return clauseStart(words, tags) >= 0;
  }

  /** The index of the clause after an opening verbless phrase and its comma, or -1. */
  private static int clauseStart(String[] words, String[] tags) {
    boolean bare = Character.isLowerCase(words[0].charAt(0)) && BARE_OPENERS.contains(tags[0]); // "track record, ..."
    if (!OPENERS.contains(words[0]) && !bare || FunctionWords.TIME_NOUNS.contains(words[0])) return -1;
    int comma = -1;
    boolean nounSeen = tags[0].equals("NOUN");
    for (int i = 1; i < words.length && i <= PHRASE_MAX; i++) {
      if (words[i].equals(",")) {
        comma = i;
        break;
      }
      String lower = words[i].toLowerCase(Locale.ROOT);
      boolean mark = !Character.isLetterOrDigit(lower.charAt(0)) && !lower.equals("'s") && !lower.equals("’s");
      // a time noun heads a fronted time phrase ("the next morning, ..."), not one after the head ("his bid last spring, ...")
      if (isVerb(tags[i]) || tags[i].equals("SCONJ") || mark || FunctionWords.TIME_NOUNS.contains(lower) && !nounSeen) return -1;
      nounSeen |= tags[i].equals("NOUN");
    }
    // ", I think, ...": a comment clause inside the text's own clause, no clause of its own after a cut phrase
    return comma > 1 && clauseAt(words, tags, comma + 1) && !ClauseSignals.isCommentClause(words, tags, comma + 1) ? comma + 1 : -1;
  }

  /** A subject of up to {@value #SUBJECT_MAX} nominal words (or a pronoun with its auxiliary) and a finite verb. */
  private static boolean clauseAt(String[] words, String[] tags, int from) {
    for (int i = from; i < words.length && i <= from + SUBJECT_MAX; i++) {
      if (tags[i].endsWith("+AUX")) return true; // "we're", "it's"
      if (isVerb(tags[i])) {
        boolean finite = tags[i].startsWith("AUX") || !words[i].toLowerCase(Locale.ROOT).endsWith("ing");
        return i > from && finite;
      }
      String lower = words[i].toLowerCase(Locale.ROOT);
      boolean possessive = i > from && (lower.equals("'s") || lower.equals("’s")); // "the mayor's plan will ..."
      boolean adverb = i > from && tags[i].equals("ADV") && i + 1 < tags.length && isVerb(tags[i + 1]); // "we never sold"
      if (!SUBJECT_TAGS.contains(tags[i]) && !possessive && !adverb || RELATIVES.contains(lower)) return false;
    }
    return false;
  }

  private static boolean isVerb(String tag) {
    return tag.equals("VERB") || tag.startsWith("AUX");
  }
}
