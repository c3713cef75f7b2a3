package io.claimwatch.extraction.claim;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A headline that opens with a question word and is one wh-clause ("Why the Harbor Board Lost Its Nerve", "How a
 * ferry strike ended", "What went wrong at the pier") names what the article explains, as a question would, and
 * states no claim of its own. A wh-clause that is the subject of a predicate after it ("What the board wants is a new
 * pier", a second verb group) is a claim, and so is a headline whose wh-clause is fronted before a comma ("When the
 * tide turns, the port closes"). Tags are OpenNLP's ({@link PosTagger}). A title "Why X ..." or "How X ..." with a
 * subject after the question word presupposes its clause, which is the publisher's claim ({@link #presupposed}).
 */
public final class WhTitles {
  private static final Set<String> WH_WORDS = Set.of("how", "why", "what", "who", "where", "when", "which");
  /**
   * "Why"/"How" and a word that can open a subject: not a degree word or infinitive ("How many", "How to"), nor an
   * auxiliary of a question ("Why is ...", "How did ..."), nor a comma (a fronted clause).
   */
  private static final Pattern PRESUPPOSING = Pattern.compile("^(Why|How)\\s+(?!(?i:many|much|long|far|often|well|soon|"
      + "to|come|about|so|not|no|do|does|did|is|are|was|were|am|can|could|should|would|will|may|might|must|has|have|had|"
      + "isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|won't|shouldn't|wouldn't|couldn't)\\b)(?=\\p{L})[^,?]*$");

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

  /**
   * The clause a "Why"/"How" title presupposes, without its question word ("Why Sanders lags on the pier vote" →
   * "Sanders lags on the pier vote"); {@code title} itself when it is no such title.
   */
  public static String presupposed(String title) {
    return PRESUPPOSING.matcher(title).matches() ? title.substring(title.indexOf(' ') + 1).strip() : title;
  }
}
