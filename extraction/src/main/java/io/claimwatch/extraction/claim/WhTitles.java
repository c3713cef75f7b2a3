package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;

/**
 * A headline that opens with a question word and is one wh-clause ("Why the Harbor Board Lost Its Nerve", "How a
 * ferry strike ended", "What went wrong at the pier") names what the article explains, as a question would, and
 * states no claim of its own. A wh-clause that is the subject of a predicate after it ("What the board wants is a new
 * pier", a second verb group) is a claim, and so is a headline whose wh-clause is fronted before a comma ("When the
 * tide turns, the port closes"). Tags are OpenNLP's ({@link PosTagger}).
 */
final class WhTitles {
  private static final Set<String> WH_WORDS = Set.of("how", "why", "what", "who", "where", "when", "which");

  private WhTitles() {}

  /** Whether the headline {@code words} (tagged {@code tags}) is a bare wh-clause. */
  static boolean asks(String[] words, String[] tags) {
    if (words.length < 3 || !Character.isUpperCase(words[0].charAt(0)) || !WH_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    int i = 1;
    while (i < words.length && !isVerb(tags[i])) {
      if (words[i].equals(",")) return false;
      i++;
    }
    // the wh-clause's verb group: auxiliaries, adverbs, particles and one lexical verb ("could still fly", "wants")
    while (i < words.length && (tags[i].startsWith("AUX") || tags[i].equals("PART") || tags[i].equals("ADV"))) i++;
    if (i < words.length && tags[i].equals("VERB")) i++;
    for (; i < words.length; i++) {
      if (words[i].equals(",") || isVerb(tags[i]) && !words[i].toLowerCase(Locale.ROOT).endsWith("ing")) return false;
    }
    return true;
  }

  private static boolean isVerb(String tag) {
    return tag.equals("VERB") || tag.startsWith("AUX");
  }
}
