package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.claim.PosTagger;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verb after a first-person subject made third person, when the subject pronoun became the source's name: "I have
 * a position" → "Kaine has a position", "we are not" → "the council is not", "I think it works" → "Kaine thinks it
 * works". Auxiliaries by table; a lexical verb only when the tagger reads it as a verb after "I" and it is no past
 * form ("I said" stays), with the regular spelling of the -s form ("goes", "tries", "wishes").
 */
final class ThirdPerson {
  private static final Map<String, String> FORMS = Map.ofEntries(Map.entry("am", "is"), Map.entry("are", "is"),
      Map.entry("were", "was"), Map.entry("have", "has"), Map.entry("do", "does"), Map.entry("don't", "doesn't"),
      Map.entry("don’t", "doesn’t"), Map.entry("aren't", "isn't"), Map.entry("aren’t", "isn’t"),
      Map.entry("weren't", "wasn't"), Map.entry("weren’t", "wasn’t"), Map.entry("haven't", "hasn't"),
      Map.entry("haven’t", "hasn’t"), Map.entry("'m", "is"), Map.entry("’m", "is"));
  private final PosTagger tagger;
  private final Set<String> pastForms;

  ThirdPerson(ExtractionLexicon lex, PosTagger tagger) {
    this.tagger = tagger;
    this.pastForms = lex.words("irregular_past");
  }

  /** {@code rest} (the words after a first-person subject) with its first word in the third person singular. */
  String verb(String rest) {
    String[] parts = rest.split(" ", 2);
    String first = parts[0];
    String form = FORMS.get(first.toLowerCase(Locale.ROOT));
    if (form == null && isPresentVerb(rest, first)) form = sForm(first);
    if (form == null) return rest;
    return parts.length < 2 ? form : form + " " + parts[1];
  }

  private boolean isPresentVerb(String rest, String word) {
    if (!word.matches("\\p{Ll}{2,}") || word.endsWith("ed") || pastForms.contains(word)) return false;
    String[] words = ("I " + rest).split(" ");
    return "VERB".equals(tagger.tag(words)[1]);
  }

  /** The regular -s form of a verb ("fixes", "carries", "plays"), whatever its case. */
  static String sForm(String verb) {
    String l = verb.toLowerCase(Locale.ROOT);
    if (l.endsWith("s") || l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh") || l.endsWith("o")) {
      return verb + "es";
    }
    if (l.length() > 2 && l.endsWith("y") && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    return verb + "s";
  }
}
