package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.claim.FunctionWords;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whose negation a negated main verb is. The source's own denial ("he had not spoken with Y", "the ministry was never
 * informed", "there are no plans") is a DENIES of the positive proposition. When a reporting source (an outlet, the
 * publisher's own voice, anonymous sources) says that a third party - an agent (a name, or "officials", "people",
 * "sources" ...) that is neither the source, its affiliation nor anyone the source speaks for in the alias table - did
 * not do something, it reports what that party did not do: "two people familiar with the matter said the officials did
 * not object" is their CONFIRMS of "the officials did not object", not a DENIES of "the officials did object". A
 * person's or organization's negation stays their denial, since they may speak for the party they name ("the Kremlin
 * spokesman said Putin had no plans" without an alias table saying so). A pronoun, an expletive or a negative determiner
 * as subject ("they did not", "there were no", "no decision was made") and a subject without agent ("the call did not
 * take place") stay the source's denial too, except a third-person pronoun opening a later conjunct of a sentence
 * whose first conjunct's subject is a third party ("the board was told and it did not object"): it is that party.
 */
final class NegationOwner {
  private static final int SUBJECT_MAX = 8;
  /** Sources that report on others; a person or organization may speak for the party it names (a spokesman). */
  private static final Set<SourceKind> REPORTERS = Set.of(SourceKind.PUBLICATION, SourceKind.ANONYMOUS);
  private static final int MIN_PREFIX = 4;
  private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
  private static final Set<String> NOT_THIRD = Set.of("i", "we", "you", "he", "she", "it", "they", "there", "this", "that",
      "these", "those", "no", "nothing", "nobody", "none", "neither", "one", "someone", "everyone", "anyone");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "some",
      "two", "three", "several", "many");
  private final ExtractionLexicon lex;
  private final SourceDirectory directory;
  private final NewsTokenizer tokenizer;

  NegationOwner(ExtractionLexicon lex, SourceDirectory directory) {
    this.lex = lex;
    this.directory = directory;
    this.tokenizer = new NewsTokenizer(lex.abbreviations());
  }

  /** True when the subject of {@code clause} (whose main verb is negated) is a third party to {@code source}. */
  boolean isThirdParty(String clause, FoundSource source) {
    if (source == null || !REPORTERS.contains(source.type())) return false;
    List<Token> tokens = tokenizer.tokenize(clause, 0, clause.length());
    int start = 0;
    while (start < tokens.size() && (tokens.get(start).isQuote() || tokens.get(start).is("that"))) start++;
    int end = start;
    while (end < tokens.size() && end - start < SUBJECT_MAX && !isVerbGroup(tokens.get(end).lower())) end++;
    if (end == start || end >= tokens.size() || NOT_THIRD.contains(tokens.get(start).lower())) return false;
    List<Token> subject = tokens.subList(start, end);
    return isAgent(subject) && !namesSource(subject, source);
  }

  /** True when {@code clause} starts with "it", "they", "he" or "she" (after quotes): who it is the context says. */
  boolean startsWithThirdPersonPronoun(String clause) {
    for (Token t : tokenizer.tokenize(clause, 0, clause.length())) {
      if (!t.isQuote()) return FunctionWords.THIRD_PERSON.contains(t.lower());
    }
    return false;
  }

  private boolean isVerbGroup(String l) {
    return FunctionWords.AUXILIARIES.contains(l) || lex.in("be_forms", l) || lex.in("negations", l) || l.endsWith("n't") || l.endsWith("n’t");
  }

  private boolean isAgent(List<Token> subject) {
    for (Token t : subject) {
      if (!t.isWord() || t.is(",")) continue;
      if (lex.in("anonymous_heads", t.lower())) return true;
      if (t.isCapitalized() && !DETERMINERS.contains(t.lower())) return true;
    }
    return false;
  }

  /** A subject word matches a word of the source's name, affiliation, or whom it speaks for (by shared prefix). */
  private boolean namesSource(List<Token> subject, FoundSource source) {
    Set<String> words = new HashSet<>();
    addWords(words, source.name());
    addWords(words, source.affiliation());
    addEntry(words, directory.byKey(source.key()));
    if (source.affiliation() != null) addEntry(words, directory.byAlias(source.affiliation()));
    for (Token t : subject) {
      String q = t.lower();
      if (q.length() < 3) continue;
      for (String w : words) {
        if (q.equals(w) || q.length() >= MIN_PREFIX && w.length() >= MIN_PREFIX && (w.startsWith(q) || q.startsWith(w))) return true;
      }
    }
    return false;
  }

  private void addEntry(Set<String> words, SourceDirectory.Entry e) {
    if (e == null) return;
    addWords(words, e.name());
    e.aliases().forEach(a -> addWords(words, a));
    for (String k : e.speaksFor()) {
      addWords(words, k.replace('-', ' '));
      SourceDirectory.Entry party = directory.byKey(k);
      if (party != null) party.aliases().forEach(a -> addWords(words, a));
    }
  }

  private static void addWords(Set<String> words, String s) {
    if (s == null) return;
    for (String w : NOT_LETTERS.split(s.toLowerCase(Locale.ROOT))) if (w.length() >= 3 && !w.equals("the")) words.add(w);
  }
}
