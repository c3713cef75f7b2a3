package io.claimwatch.enrich.extract.claim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The static word lists behind claim canonicalization, loaded from {@code claim/*.txt} resources: stop words,
 * attribution framing/hedge words (dropped before canonicalizing) and the predicate lexicon mapping word stems
 * to event classes. Immutable after construction.
 */
public final class ClaimLexicon {

  private final StemmedTerms terms;
  private final Set<String> framingStems;
  private final Map<String, String> predicateByStem;

  private ClaimLexicon(StemmedTerms terms, Set<String> framingStems, Map<String, String> predicateByStem) {
    this.terms = terms;
    this.framingStems = Set.copyOf(framingStems);
    this.predicateByStem = Map.copyOf(predicateByStem);
  }

  /** Loads {@code claim/stopwords.txt}, {@code claim/framing.txt} and {@code claim/predicates.txt}. */
  public static ClaimLexicon fromResources() {
    CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    for (String line : ResourceLines.read("claim/stopwords.txt")) {
      for (String w : line.split("\\s+")) {
        stop.add(w);
      }
    }
    StemmedTerms terms = new StemmedTerms(CharArraySet.unmodifiableSet(stop));
    Set<String> framing = new HashSet<>();
    for (String line : ResourceLines.read("claim/framing.txt")) {
      for (String w : line.split("\\s+")) {
        framing.add(terms.stem(w));
      }
    }
    Map<String, String> predicates = new HashMap<>();
    for (String line : ResourceLines.read("claim/predicates.txt")) {
      String[] parts = line.split("\t", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("claim/predicates.txt: expected class<TAB>words: " + line);
      }
      for (String w : parts[1].trim().split("\\s+")) {
        String previous = predicates.putIfAbsent(terms.stem(w), parts[0].trim());
        if (previous != null && !previous.equals(parts[0].trim())) {
          throw new IllegalStateException("claim/predicates.txt: '" + w + "' in both " + previous + " and " + parts[0]);
        }
      }
    }
    return new ClaimLexicon(terms, framing, predicates);
  }

  public StemmedTerms terms() {
    return terms;
  }

  public boolean isFraming(String stem) {
    return framingStems.contains(stem);
  }

  /** The event class of a stem, or {@code null}. */
  public String predicateOf(String stem) {
    return predicateByStem.get(stem);
  }
}
