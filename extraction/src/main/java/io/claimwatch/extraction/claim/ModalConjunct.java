package io.claimwatch.extraction.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the word after an "and" is a second verb of the first predicate's modal ("they would expand the program
 * and push for reform"). Read alone, the right part may look like a clause of its own: the tagger takes the
 * base-form verb for a noun and a later word for the verb ("push for immigration reform", "reform" the verb). Tagged
 * again behind the first predicate's subject and modal ("they would push for ..."), a verb in that place is the
 * shared reading; the same test after "to" tells the second verb of an infinitive. Thread-safe.
 */
final class ModalConjunct {
  private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "can", "may", "might", "must",
      "shall");
  private final PosTagger tagger;

  ModalConjunct(PosTagger tagger) {
    this.tagger = tagger;
  }

  /**
   * {@code words[right]}, the first word after the conjunction, read as a base-form verb after the subject
   * {@code [subjectStart, pred)} and the modal at {@code pred}.
   */
  boolean sharesModal(String[] words, String[] tags, int subjectStart, int pred, int right) {
    String first = words[right];
    if (!MODALS.contains(words[pred].toLowerCase(Locale.ROOT)) || !Character.isLowerCase(first.charAt(0))
        || !(tags[right].equals("NOUN") || tags[right].equals("VERB")) || first.endsWith("ing") || first.endsWith("ed")) {
      return false;
    }
    return isVerbAfter(Arrays.asList(words).subList(subjectStart, pred + 1), words, right);
  }

  /**
   * Whether {@code words[right]} is the second verb of an infinitive ("to fix the tax code and close loopholes the
   * firm used"): tagged again right after "to", a verb there continues the infinitive, no clause of its own.
   */
  boolean continuesInfinitive(String[] words, int right) {
    if (!Character.isLowerCase(words[right].charAt(0))) return false;
    return isVerbAfter(List.of("to"), words, right);
  }

  /** Whether {@code words[from]}, tagged again with {@code prefix} before {@code words[from..]}, is a verb. */
  private boolean isVerbAfter(List<String> prefix, String[] words, int from) {
    List<String> joined = new ArrayList<>(prefix);
    joined.addAll(Arrays.asList(words).subList(from, words.length));
    return tagger.tag(joined.toArray(String[]::new))[prefix.size()].equals("VERB");
  }
}
