package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a headline has a verb, from evidence the tagger cannot give alone: OpenNLP reads headline-ese badly
 * ("Clinton wins primary" comes out all nouns), so a headline counts as having a predicate when the tagger finds a
 * verb or an auxiliary in the headline as written or lower-cased, or it has a negation or a word in -ed or -ing after
 * its first, a "to" before a word (not after a modified lower-case noun or a noun of lists: "last chance to win",
 * "things to know"), a pronoun's "'s", a word in -s that a word other than "of", "for", "in" and the like
 * follows ("Mayor backs pier plan") or that follows no adjective or determiner ("Council votes", not "Crucial wins"),
 * a word right after two coordinated names ("Roe, Lee clash over fees") or an adjective after its noun that dropped
 * its "is" ("Captain missing after storm", {@link TopicTitles}). A headline with none of these is a noun
 * phrase ("Harbor contingency plan", "Sisterhood of the Skateboard") and states no claim; a headline with a colon is
 * left to its other tests (its second part is often a quote). Thread-safe.
 */
final class HeadlineVerbs {
  private static final Set<String> NOUN_LINKS = Set.of("of", "for", "and", "or", "from", "about", "in", "with", "at",
      "against", "on", "over", "toward", "towards", "into", "as", "after", "amid", "by", "under", "behind", "among",
      "between", "within", "without", "despite", "during");
  private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "DET", "NUM");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never");
  /** Nouns that take an infinitive ("a chance to win", "her bid to unseat"). */
  private static final Set<String> INFINITIVE_NOUNS = Set.of("chance", "opportunity", "plan", "bid", "effort", "attempt",
      "decision", "push", "drive", "move", "need", "right", "way", "time", "failure", "refusal", "pledge", "vow",
      "promise", "call", "order", "threat", "ability", "willingness", "desire", "campaign", "proposal", "quest", "fight");
  private static final Set<String> IS_BEFORE = Set.of("it", "that", "he", "she", "there", "what", "who", "here");

  private HeadlineVerbs() {}

  /** Whether {@code words}, a headline's tokens, show a verb (see the class comment). */
  static boolean evident(String[] words, PosTagger tagger) {
    String[] lower = ClauseWords.lowered(words);
    String[] tags = tagger.tag(words);
    String[] lowerTags = tagger.tag(lower);
    for (int i = 0; i < words.length; i++) {
      if (i > 1 && lower[i - 1].equals("to") && isNounsInfinitive(words, tags, i - 1)) continue; // "chance to make"
      if (isVerb(tags[i]) || isVerb(lowerTags[i]) || lower[i].endsWith("n't") || lower[i].endsWith("n’t")) return true;
      if (i == 0) continue; // "Not another harbor feud" negates a noun phrase; "Mayor not sure" has a predicate
      if (NEGATIONS.contains(lower[i])) return true;
      String w = lower[i];
      if (w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing")) || w.equals("to") && i + 1 < words.length && !isNounsInfinitive(words, tags, i)) {
        return true;
      }
      if ((w.equals("'s") || w.equals("’s")) && IS_BEFORE.contains(lower[i - 1])) return true;
      boolean inS = ClauseWords.isWordInS(w) && w.indexOf('.') < 0;
      boolean wordAfter = i + 1 < words.length && Character.isLetter(words[i + 1].charAt(0));
      boolean noModifierBefore = i > 1 && isCapitalized(words[i - 1]) // "Trump rises on", not the first word "Crucial wins"
          || !MODIFIER_TAGS.contains(tags[i - 1]) && !MODIFIER_TAGS.contains(lowerTags[i - 1]);
      if (inS && (wordAfter && !NOUN_LINKS.contains(lower[i + 1]) || noModifierBefore)) {
        return true;
      }
      boolean afterPair = i > 2 && (lower[i - 2].equals("and") || lower[i - 2].equals(",")) && isCapitalized(words[i - 1])
          && isCapitalized(words[i - 3]) && wordAfter;
      if (afterPair || TopicTitles.isPostNominalAdjective(words, lowerTags, i)) return true; // "Old Captain Missing After Storm"
    }
    return false;
  }

  /**
   * "last chance to make", "Clinton's bid to win", "things to know": a "to" and a verb after a modified noun that
   * takes an infinitive, or after a noun of lists, open the noun's infinitive ("Rabbis vow to boycott" is a subject
   * and its verb, "Rare cat to undergo surgery" a headline's future, "wine to the rescue" a preposition).
   */
  private static boolean isNounsInfinitive(String[] words, String[] tags, int to) {
    if (to < 2 || to + 1 >= words.length || MODIFIER_TAGS.contains(tags[to + 1]) || !Character.isLetter(words[to + 1].charAt(0))) return false;
    String before = words[to - 1].toLowerCase(Locale.ROOT);
    String modifier = words[to - 2].toLowerCase(Locale.ROOT);
    boolean modified = tags[to - 2].equals("ADJ") || tags[to - 2].equals("DET") || modifier.equals("'s") || modifier.equals("’s")
        || FunctionWords.POSSESSIVES.contains(modifier);
    return HeadlineFragments.LIST_NOUNS.contains(before) || modified && INFINITIVE_NOUNS.contains(before);
  }

  static boolean isVerb(String tag) {
    return tag.equals("VERB") || tag.startsWith("AUX");
  }

  private static boolean isCapitalized(String w) {
    return Character.isUpperCase(w.charAt(0));
  }
}
