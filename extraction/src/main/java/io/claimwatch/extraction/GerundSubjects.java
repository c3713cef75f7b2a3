package io.claimwatch.extraction;

import io.claimwatch.extraction.claim.PosTagger;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.Locale;

/**
 * A headline's denied or reported gerund phrase is its named source's own doing: "Acme denies dumping waste in the
 * bay" states "Acme dumping waste in the bay" (DENIES by Acme), not the subjectless "dumping waste in the bay", which
 * would not say who did it. The phrase opens with a verb in -ing (tagged on the lower-cased words, so "Dumping" of a
 * title-cased headline reads as a verb) and has words after it other than "of" ("recording of the call" is a noun). {@link MentionDecisions} applies it where it owns a
 * headline's bare noun phrase, with the same named sources.
 */
final class GerundSubjects {
  private final NewsTokenizer tokenizer;
  private final PosTagger tagger;

  GerundSubjects(NewsTokenizer tokenizer, PosTagger tagger) {
    this.tokenizer = tokenizer;
    this.tagger = tagger;
  }

  /** Whether {@code text} opens with a gerund that has an object or adjunct after it ("dumping waste"). */
  boolean opensWithGerund(String text) {
    List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
    if (tokens.size() < 2 || !tokens.get(0).isWord() || !tokens.get(1).isWord()) return false;
    String first = tokens.get(0).lower();
    if (!first.endsWith("ing") || first.length() < 5 || tokens.get(1).is("of")) return false; // "recording of": a noun
    String[] words = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    return tagger.tag(words)[0].equals("VERB");
  }

  /** {@code subject} and the gerund phrase, as one nominal clause ("Acme dumping waste in the bay"). */
  static String withSubject(String subject, String gerundPhrase) {
    return subject + " " + gerundPhrase;
  }
}
