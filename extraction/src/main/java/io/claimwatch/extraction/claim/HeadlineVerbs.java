package io.claimwatch.extraction.claim;

import java.util.Set;

/**
 * Whether a headline has a verb, from evidence the tagger cannot give alone: OpenNLP reads headline-ese badly
 * ("Clinton wins primary" comes out all nouns), so a headline counts as having a predicate when the tagger finds a
 * verb or an auxiliary in the headline as written or lower-cased, or it has a negation or a word in -ed or -ing after
 * its first, a "to" before a word, a pronoun's "'s", a word in -s that a word other than "of", "for", "in" and the like
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
  private static final Set<String> IS_BEFORE = Set.of("it", "that", "he", "she", "there", "what", "who", "here");

  private HeadlineVerbs() {}

  /** Whether {@code words}, a headline's tokens, show a verb (see the class comment). */
  static boolean evident(String[] words, PosTagger tagger) {
    String[] lower = ClauseWords.lowered(words);
    String[] tags = tagger.tag(words);
    String[] lowerTags = tagger.tag(lower);
    for (int i = 0; i < words.length; i++) {
      if (isVerb(tags[i]) || isVerb(lowerTags[i]) || lower[i].endsWith("n't") || lower[i].endsWith("n’t")) return true;
      if (i == 0) continue; // "Not another harbor feud" negates a noun phrase; "Mayor not sure" has a predicate
      if (NEGATIONS.contains(lower[i])) return true;
      String w = lower[i];
      if (w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing")) || w.equals("to") && i + 1 < words.length) return true;
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

  private static boolean isVerb(String tag) {
    return tag.equals("VERB") || tag.startsWith("AUX");
  }

  private static boolean isCapitalized(String w) {
    return Character.isUpperCase(w.charAt(0));
  }
}
