package io.claimwatch.extraction.attribution;

import java.util.Locale;
import java.util.Map;

/**
 * The verb after a first-person subject made third person, when the subject pronoun became the source's name: "I have
 * a position" → "Kaine has a position", "we are not" → "the council is not". Only auxiliaries, whose forms are
 * regular; a lexical verb ("I oppose") is left as it is.
 */
final class ThirdPerson {
  private static final Map<String, String> FORMS = Map.ofEntries(Map.entry("am", "is"), Map.entry("are", "is"),
      Map.entry("were", "was"), Map.entry("have", "has"), Map.entry("do", "does"), Map.entry("don't", "doesn't"),
      Map.entry("don’t", "doesn’t"), Map.entry("aren't", "isn't"), Map.entry("aren’t", "isn’t"),
      Map.entry("weren't", "wasn't"), Map.entry("weren’t", "wasn’t"), Map.entry("haven't", "hasn't"),
      Map.entry("haven’t", "hasn’t"), Map.entry("'m", "is"), Map.entry("’m", "is"));

  private ThirdPerson() {}

  /** {@code rest} (the words after the subject) with its first word in the third person singular. */
  static String verb(String rest) {
    String[] parts = rest.split(" ", 2);
    String form = FORMS.get(parts[0].toLowerCase(Locale.ROOT));
    if (form == null) return rest;
    return parts.length < 2 ? form : form + " " + parts[1];
  }
}
