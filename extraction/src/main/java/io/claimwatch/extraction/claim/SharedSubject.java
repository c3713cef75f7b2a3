package io.claimwatch.extraction.claim;

import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The subject a predicate cut off its sentence shares: the rest after a "but" that the claim text was cut at
 * ("she praised the plan, but has not signed it" → "she has not signed it"), from part-of-speech tags as in
 * {@link ConjunctSplitter}, whose clause and predicate tests it uses. Thread-safe.
 */
final class SharedSubject {
  /** Adverbs between "but" and a shared subject's verb ("but still has not"). */
  private static final Set<String> LINKING_ADVERBS = Set.of("still", "also", "now", "then", "later", "already", "just",
      "never");
  private static final Set<String> SUBJECT_PRONOUNS = FunctionWords.SUBJECT_PRONOUNS;
  private final NewsTokenizer tokenizer;
  private final PosTagger tagger;

  SharedSubject(NewsTokenizer tokenizer, PosTagger tagger) {
    this.tokenizer = tokenizer;
    this.tagger = tagger;
  }

  /**
   * {@code rest}, what follows a "but" that the sentence was cut at ("hasn't decided yet"), with the subject of
   * {@code clause} before it ("she hasn't decided yet") when it opens with a finite verb, as a predicate of that
   * subject; {@code rest} itself when it has a subject of its own, opens with no finite verb ("but not for long",
   * "but seeing no change"), {@code clause} has no simple subject (at most {@value ConjunctSplitter#SUBJECT_MAX}
   * words, no comma, no expletive) or has a subordinate or relative clause, which the "but" may continue ("Cruz, who may not be liked but can win").
   */
  String of(String clause, String rest) {
    List<Token> tokens = tokenizer.tokenize(clause, 0, clause.length());
    if (tokens.isEmpty() || rest.isEmpty() || !Character.isLowerCase(rest.charAt(0))) return rest;
    String[] lower = tokens.stream().map(Token::lower).toArray(String[]::new);
    String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
    String[] tags = ConjunctSplitter.namesAsNouns(words, tagger.tag(words));
    int start = ConjunctSplitter.clauseStart(lower, tags);
    int pred = ConjunctSplitter.predicate(lower, tags, start, tokens.size());
    boolean simple = pred > start && pred - start <= ConjunctSplitter.SUBJECT_MAX
        && ConjunctSplitter.SUBJECT_TAGS.contains(tags[start]) && tokens.subList(start, pred).stream().noneMatch(t -> t.is(","));
    if (!simple || ConjunctSplitter.EXPLETIVES.contains(lower[start])) return rest;
    for (int k = pred + 1; k < lower.length; k++) {
      if (ConjunctSplitter.isSubordinator(lower[k], tags[k])) return rest; // "X, who may not ... but can"
    }
    String subject = ConjunctSplitter.text(clause, tokens, start, pred);
    String joined = subject + " " + rest;
    List<Token> both = tokenizer.tokenize(joined, 0, joined.length());
    String[] bothWords = both.stream().map(Token::text).toArray(String[]::new);
    String[] bothTags = ConjunctSplitter.namesAsNouns(bothWords, tagger.tag(bothWords));
    int v = pred - start;
    while (v < bothTags.length && bothTags[v].equals("ADV")
        && (both.get(v).lower().endsWith("ly") || LINKING_ADVERBS.contains(both.get(v).lower()))) v++;
    // "but should he win": an auxiliary before a subject pronoun opens an inverted clause of its own
    boolean inverted = v + 1 < bothTags.length && bothTags[v].equals("AUX")
        && SUBJECT_PRONOUNS.contains(both.get(v + 1).lower());
    return v < bothTags.length && inflected(both.get(v).lower(), bothTags[v]) && !inverted ? joined : rest;
  }

  /** An auxiliary, or a verb in -s or -ed: a predicate of its own, not a base form the tagger took for one ("name"). */
  private static boolean inflected(String lower, String tag) {
    return tag.equals("AUX") && ConjunctSplitter.finite(lower, tag)
        || tag.equals("VERB") && (lower.endsWith("s") || lower.endsWith("ed"));
  }
}
