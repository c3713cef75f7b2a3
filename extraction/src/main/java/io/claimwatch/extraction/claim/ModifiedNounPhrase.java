package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * A noun phrase whose only verbs sit in its modifiers has no predicate of its own, though the predicate test of
 * {@link ClaimShape} finds a verb after a noun in it. Two shapes, from words and part-of-speech tags ({@link
 * PosTagger}); the text has no auxiliary at all and opens with a nominal word:
 * <ul>
 *   <li>a participle with an agent: every verb that is not an -ing form or an infinitive is a participle in -ed or
 *       -en after a noun or adverb, with no object right after it and "by" a few words later ("a harbor survey released
 *       on Monday by the port authority", "the bid quickly seized upon by rivals"; "the clerk broke the rules by
 *       signing ..." has an object, and "by" before an -ing form names a means, not an agent); the tagger cannot tell a past participle from a past
 *       tense, so the agent is the evidence. "By" before a number or a "margin" measures a change ("the levy passed
 *       by 40 votes", "sales increased by a wide margin") and is no agent;</li>
 *   <li>a subordinate clause after the phrase: the first finite verb comes after "after", "before", "until", "since",
 *       "as", "when", "while" or "once" and a subject of nominal words ("the pier hours after the storm hit"), and no
 *       comma or dash before a later verb opens a main clause ("the night before the vote, the council met" stays).
 *       Only a verb counts, not an auxiliary: "the fee before the vote will rise" reads the verb group as the main
 *       one.</li>
 * </ul>
 */
final class ModifiedNounPhrase {
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
  private static final Set<String> OPENING_TAGS = Set.of("DET", "NOUN", "ADJ", "NUM", "PROPN");
  private static final Set<String> BEFORE_PARTICIPLE = Set.of("NOUN", "PROPN", "ADV");
  private static final Set<String> OBJECT_TAGS = Set.of("DET", "NOUN", "ADJ", "PRON", "NUM");
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "until", "since", "as", "when", "while", "once");
  private static final Set<String> SUBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON");
  private static final Set<String> BREAKS = Set.of(",", "-", "–", "—", "--", ";", ":");
  private static final int AGENT_REACH = 4;

  private ModifiedNounPhrase() {}

  /** Whether {@code words} (tagged {@code tags}) are such a noun phrase. */
  static boolean matches(String[] words, String[] tags) {
    if (words.length < 3 || !(OPENING_TAGS.contains(tags[0]) || POSSESSIVES.contains(lower(words[0])))) return false;
    if (SUBORDINATORS.contains(lower(words[0]))) return false;
    for (String tag : tags) if (tag.startsWith("AUX") || tag.endsWith("+AUX")) return false;
    return agentParticiplesOnly(words, tags) || subordinateClauseOnly(words, tags);
  }

  private static boolean agentParticiplesOnly(String[] words, String[] tags) {
    boolean agent = false;
    for (int i = 1; i < words.length; i++) {
      if (!tags[i].equals("VERB") || lower(words[i]).endsWith("ing") || lower(words[i - 1]).equals("to")) continue;
      String lower = lower(words[i]);
      boolean participle = lower.endsWith("ed") || lower.endsWith("en");
      boolean object = i + 1 < words.length && OBJECT_TAGS.contains(tags[i + 1]); // "violated the rules by ...": active
      if (!participle || object || !BEFORE_PARTICIPLE.contains(tags[i - 1]) || !hasAgent(words, tags, i)) return false;
      agent = true;
    }
    return agent;
  }

  /** A "by" within {@value #AGENT_REACH} words after {@code verb}, before any verb or punctuation, not measuring. */
  private static boolean hasAgent(String[] words, String[] tags, int verb) {
    for (int j = verb + 1; j < words.length && j <= verb + AGENT_REACH; j++) {
      if (tags[j].equals("VERB") || tags[j].equals("PUNCT")) return false;
      if (!lower(words[j]).equals("by")) continue;
      if (j + 1 < words.length && lower(words[j + 1]).endsWith("ing")) return false; // "by acting as ...": a means
      for (int k = j + 1; k < words.length && k <= j + 3; k++) {
        if (tags[k].equals("NUM") || lower(words[k]).equals("margin")) return false;
      }
      return true;
    }
    return false;
  }

  private static boolean subordinateClauseOnly(String[] words, String[] tags) {
    for (int i = 1; i < words.length; i++) {
      if (finite(words, tags, i) || BREAKS.contains(words[i])) return false;
      String lower = lower(words[i]);
      if (!SUBORDINATORS.contains(lower) || !(tags[i].equals("ADP") || tags[i].equals("SCONJ")) || lower(words[i - 1]).equals("such")) {
        continue;
      }
      int k = i + 1;
      while (k < words.length && SUBJECT_TAGS.contains(tags[k])) k++;
      if (k == i + 1 || k >= words.length || !tags[k].equals("VERB") || !finite(words, tags, k)) return false;
      for (int j = k + 1; j < words.length; j++) {
        if (BREAKS.contains(words[j]) && laterFinite(words, tags, j + 1)) return false; // "..., the council met"
      }
      return true;
    }
    return false;
  }

  private static boolean laterFinite(String[] words, String[] tags, int from) {
    for (int i = from; i < words.length; i++) if (finite(words, tags, i)) return true;
    return false;
  }

  /** A verb that is not an -ing form or an infinitive ("to" before it). */
  private static boolean finite(String[] words, String[] tags, int i) {
    return tags[i].equals("VERB") && !lower(words[i]).endsWith("ing") && !(i > 0 && lower(words[i - 1]).equals("to"));
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
