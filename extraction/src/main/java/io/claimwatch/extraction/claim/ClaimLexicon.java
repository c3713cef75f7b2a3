package io.claimwatch.extraction.claim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The static word lists behind claim canonicalization, loaded from {@code claim/*.txt} resources: stop words,
 * attribution framing/hedge words (dropped before canonicalizing), role/title words, entity name variants and the predicate lexicon mapping word stems
 * to event classes. Immutable after construction.
 */
public final class ClaimLexicon {

  private final StemmedTerms terms;
  private final Set<String> framingStems;
  private final Map<String, String> predicateByStem;
  private final Set<String> titleStems;
  private final Set<String> interactionClasses;
  private final Map<String, String> entityByVariant;

  private ClaimLexicon(StemmedTerms terms, Set<String> framingStems, Map<String, String> predicateByStem,
                       Set<String> titleStems, Set<String> interactionClasses, Map<String, String> entities) {
    this.terms = terms;
    this.entityByVariant = Map.copyOf(entities);
    this.interactionClasses = Set.copyOf(interactionClasses);
    this.titleStems = Set.copyOf(titleStems);
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
    Set<String> interactions = new HashSet<>();
    for (String line : ResourceLines.read("claim/predicates.txt")) {
      String[] parts = line.split("\t", 2);
      if (parts.length != 2) {
        throw new IllegalStateException("claim/predicates.txt: expected class<TAB>words: " + line);
      }
      String cls = parts[0].trim();
      if (cls.endsWith("*")) {
        cls = cls.substring(0, cls.length() - 1);
        interactions.add(cls);
      }
      for (String w : parts[1].trim().split("\\s+")) {
        String previous = predicates.putIfAbsent(terms.stem(w), cls);
        if (previous != null && !previous.equals(cls)) {
          throw new IllegalStateException("claim/predicates.txt: '" + w + "' in both " + previous + " and " + cls);
        }
      }
    }
    Set<String> titles = new HashSet<>();
    for (String line : ResourceLines.read("claim/titles.txt")) {
      for (String w : line.split("\\s+")) {
        titles.add(terms.stem(w));
      }
    }
    Map<String, String> entities = new HashMap<>();
    for (String line : ResourceLines.read("claim/entities.txt")) {
      String[] parts = line.split("\t", 2);
      String canonical = terms.stem(parts[0].trim());
      for (String w : parts[1].trim().split("\\s+")) {
        entities.put(terms.stem(w), canonical);
      }
    }
    return new ClaimLexicon(terms, framing, predicates, titles, interactions, entities);
  }

  public StemmedTerms terms() {
    return terms;
  }

  public boolean isFraming(String stem) {
    return framingStems.contains(stem);
  }

  /** Whether a stem is a role or title word ("president", "spokesman"). */
  public boolean isTitle(String stem) {
    return titleStems.contains(stem);
  }

  /** Whether an event class is an interaction between parties (marked {@code *} in the lexicon). */
  public boolean isInteraction(String predicateClass) {
    return interactionClasses.contains(predicateClass);
  }

  /** The canonical stem of an entity head ("ukrainian" → "ukrain"), or the head itself. */
  public String canonicalEntity(String head) {
    return entityByVariant.getOrDefault(head, head);
  }

  /** The event class of a stem, or {@code null}. */
  public String predicateOf(String stem) {
    return predicateByStem.get(stem);
  }
}
