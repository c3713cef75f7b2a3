package io.claimwatch.extraction.attribution;

import java.util.Locale;
import java.util.Map;

/**
 * The verb after a first-person subject made third person, when the subject pronoun became the source's name: "I have
 * a position" → "Kaine has a position", "we are not" → "the council is not". Auxiliaries, whose forms are regular,
 * and the verbs of opinion and intent that follow "I" most often in quotes ("I think" → "Kaine thinks"); any other
 * lexical verb ("I oppose") is left as it is.
 */
final class ThirdPerson {
  private static final Map<String, String> FORMS = Map.ofEntries(Map.entry("am", "is"), Map.entry("are", "is"),
      Map.entry("were", "was"), Map.entry("have", "has"), Map.entry("do", "does"), Map.entry("don't", "doesn't"),
      Map.entry("don’t", "doesn’t"), Map.entry("aren't", "isn't"), Map.entry("aren’t", "isn’t"),
      Map.entry("weren't", "wasn't"), Map.entry("weren’t", "wasn’t"), Map.entry("haven't", "hasn't"),
      Map.entry("haven’t", "hasn’t"), Map.entry("'m", "is"), Map.entry("’m", "is"));

  /** Verbs of opinion and intent whose third person adds -s ("think" → "thinks"). */
  private static final java.util.Set<String> OPINION_VERBS = java.util.Set.of("think", "believe", "know", "want",
      "understand", "hope", "feel", "mean", "like", "need", "agree", "expect", "say", "guess", "wish", "love", "support",
      "oppose", "plan", "intend", "doubt", "suspect", "see", "trust", "fear", "remember");

  private ThirdPerson() {}

  /** {@code rest} (the words after the subject) with its first word in the third person singular. */
  static String verb(String rest) {
    String[] parts = rest.split(" ", 2);
    String lower = parts[0].toLowerCase(Locale.ROOT);
    String form = OPINION_VERBS.contains(parts[0]) ? parts[0] + "s" : FORMS.get(lower);
    if (form == null) return rest;
    return parts.length < 2 ? form : form + " " + parts[1];
  }
}
