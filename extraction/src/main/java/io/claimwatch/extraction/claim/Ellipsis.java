package io.claimwatch.extraction.claim;

import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes a negated elliptical clause, a subject and an auxiliary with only its negation after it ("I'm not", "they
 * won't", "but he can't"), with the predicate of the clause before it: "Rand is a committed isolationist; I'm not" → "I'm not a
 * committed isolationist", "we will fix the pier, but they won't" → "they won't fix the pier". The predicate is what
 * follows the previous clause's last auxiliary of the same verb ("be" for "is"/"'m"/"aren't", "will" for "won't"),
 * without a negation of its own. Without such an auxiliary the clause is left as it is (and is too short to be a
 * claim). Thread-safe.
 */
public final class Ellipsis {
  private static final int SUBJECT_MAX = 3;
  private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "'m", "'s", "'re", "isn't", "aren't",
      "wasn't", "weren't", "ain't");
  private static final Map<String, String> LEMMAS = Map.ofEntries(Map.entry("won't", "will"), Map.entry("'ll", "will"),
      Map.entry("wouldn't", "would"), Map.entry("'d", "would"), Map.entry("can't", "can"), Map.entry("cannot", "can"),
      Map.entry("couldn't", "could"), Map.entry("shouldn't", "should"), Map.entry("mustn't", "must"),
      Map.entry("hasn't", "has"), Map.entry("haven't", "have"), Map.entry("hadn't", "had"), Map.entry("'ve", "have"),
      Map.entry("doesn't", "does"), Map.entry("don't", "do"), Map.entry("didn't", "did"));
  /** Words an elliptical clause may end with after its auxiliary. */
  private static final Set<String> TAIL = Set.of("not", "n't", "never", "either", "yet", "anymore", "really", "too", "so");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private final NewsTokenizer tokenizer;

  public Ellipsis(NewsTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** {@code clause} completed from {@code previous} when it is elliptical, else {@code clause}; a null previous: none. */
  public String complete(String clause, String previous) {
    if (previous == null) return clause;
    List<Token> words = tokenizer.tokenize(clause, 0, clause.length()).stream().filter(Ellipsis::isWordOrClitic).toList();
    int aux = auxiliaryAfterSubject(words);
    if (aux < 0) return clause;
    boolean negated = words.get(aux).lower().endsWith("n't") || words.get(aux).is("cannot");
    for (int k = aux + 1; k < words.size(); k++) {
      if (!TAIL.contains(words.get(k).lower())) return clause;
      negated |= NEGATIONS.contains(words.get(k).lower());
    }
    if (!negated) return clause; // "you bet it could", "what its effects are": not an ellipsis to complete
    String lemma = lemma(clitic(words.get(aux).lower()));
    List<Token> before = tokenizer.tokenize(previous, 0, previous.length());
    for (int i = before.size() - 2; i >= 0; i--) {
      if (before.get(i).is("'s") || !lemma.equals(lemma(clitic(before.get(i).lower())))) continue; // not "Clinton's"
      if (i == 0 || previous.strip().endsWith("?")) return clause; // "Is it perfect? It isn't": a question, no predicate
      int from = i + 1;
      while (from < before.size() && NEGATIONS.contains(before.get(from).lower())) from++;
      if (from >= before.size() || !before.get(from).isWord()) return clause;
      String predicate = previous.substring(before.get(from).start()).strip();
      return clause.replaceFirst("[\\s.,!;:\"”’']+$", "") + " " + predicate;
    }
    return clause;
  }

  /**
   * Index of the auxiliary after a short subject (a pronoun or up to three words; "I'm" is both, one token), or -1.
   */
  private static int auxiliaryAfterSubject(List<Token> words) {
    if (words.isEmpty()) return -1;
    String first = words.get(0).lower();
    if (first.indexOf('\'') > 0 && FunctionWords.SUBJECT_PRONOUNS.contains(first.substring(0, first.indexOf('\'')))
        && lemma(clitic(first)) != null) return 0; // "I'm", "they're"
    for (int i = 1; i <= Math.min(SUBJECT_MAX, words.size() - 1); i++) {
      if (lemma(words.get(i).lower()) != null) return i;
    }
    return -1;
  }

  /** The auxiliary of a pronoun and its clitic ("i'm" → "'m"), else the word itself. */
  private static String clitic(String l) {
    int at = l.indexOf('\'');
    boolean pronoun = at > 0 && FunctionWords.SUBJECT_PRONOUNS.contains(l.substring(0, at));
    return pronoun ? l.substring(at) : l;
  }

  private static boolean isWordOrClitic(Token t) {
    return t.isWord() || t.lower().startsWith("'") && t.lower().length() > 1;
  }

  /** "be" for a form of be, the auxiliary itself for do, have and the modals, else null. */
  private static String lemma(String l) {
    if (BE.contains(l)) return "be";
    if (LEMMAS.containsKey(l)) return LEMMAS.get(l);
    return FunctionWords.AUXILIARIES.contains(l) && !l.equals("'s") ? l : null;
  }
}
