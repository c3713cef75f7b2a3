package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.claim.FunctionWords;
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
  /** Words after a participle that make it an adjective ("tired of", "committed to", "pleased that"). */
  private static final Set<String> ADJECTIVAL_NEXT = Set.of("to", "that", "about", "with", "by", "in", "for", "of",
      "and", "or", "but", "at", "on", "enough", "because", "from", "where", "when", "how", "as", "what", "if");
  private static final Map<String, String> CONTRACTED = Map.of("'m", "is", "'ve", "has", "'ll", "will", "'d", "would");
  /** Before "I", these make a question ("do I think"), where "I" is no subject to rename. */
  private static final Set<String> INVERTING = Set.of("do", "Do", "did", "Did", "can", "Can", "could", "would", "will",
      "should", "am", "Am", "have", "Have", "shall");
  /** Verbs whose form is the same after "I" and a name. */
  private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "should", "might", "must", "may",
      "shall", "did", "was", "had", "didn't", "didn’t", "wasn't", "wasn’t", "hadn't", "hadn’t", "won't", "won’t",
      "can't", "can’t", "couldn't", "couldn’t", "wouldn't", "wouldn’t", "shouldn't", "shouldn’t");
  private static final Set<String> ADVERBS = Set.of("never", "also", "still", "always", "just", "really", "even",
      "only", "not", "ever", "already", "sometimes", "often");
  /** An adverb before the verb: a word of letters only ("just", "completely"), not one the tagger misreads ("I, too"). */
  private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("\\p{Ll}{2,}");
  private static final java.util.regex.Pattern SURROUNDING_PUNCTUATION =
      java.util.regex.Pattern.compile("^[\\p{Punct}“”‘]+|[\\p{Punct}“”’]+$");
  private static final java.util.regex.Pattern ADVERB_SHAPE = java.util.regex.Pattern.compile("\\p{Ll}+");
  /** Past forms without -ed ("said", "told", "put"): with an object after "'s" they make a perfect ("he's said it"). */
  private static final Set<String> UNMARKED_PAST = io.claimwatch.extraction.claim.SubjectAgreement.fromResources().pastForms();
  private final PosTagger tagger;
  private final Set<String> pastForms;

  ThirdPerson(ExtractionLexicon lex, PosTagger tagger) {
    this.tagger = tagger;
    // the lexicon's frequent forms and the claim stage's wider list with "put", "cut", "led" ("I led" is no "leds")
    Set<String> past = new java.util.HashSet<>(lex.words("irregular_past"));
    past.addAll(io.claimwatch.extraction.claim.SubjectAgreement.fromResources().pastForms());
    this.pastForms = Set.copyOf(past);
  }

  /**
   * {@code rest} (the words after a first-person subject) with its verb in the third person singular: the first word,
   * or the first after the adverbs the tagger reads before it ("just think" → "just thinks", "completely disagree" →
   * "completely disagrees"); punctuation after the verb stays ("know." → "knows.").
   */
  String verb(String rest) {
    String[] w = rest.split(" ", -1);
    String[] bare = new String[w.length + 1];
    bare[0] = "I";
    for (int i = 0; i < w.length; i++) bare[i + 1] = bare(w[i]).isEmpty() ? w[i] : bare(w[i]);
    String[] tags = null;
    int v = 0;
    if (w.length > 1 && FORMS.get(bare[1].toLowerCase(Locale.ROOT)) == null) {
      tags = tagger.tag(bare);
      while (v + 1 < w.length && tags[v + 1].equals("ADV") && ADVERB_SHAPE.matcher(w[v]).matches()) v++;
    }
    String word = bare[v + 1];
    String form = FORMS.get(word.toLowerCase(Locale.ROOT));
    if (form == null && isPresentVerb(word, tags == null ? tagger.tag(bare) : tags, v + 1)) form = sForm(word);
    if (form == null || !w[v].startsWith(word)) return rest;
    w[v] = form + w[v].substring(word.length());
    return String.join(" ", w);
  }

  private boolean isPresentVerb(String word, String[] tags, int at) {
    if (!LOWER_WORD.matcher(word).matches() || word.endsWith("ed") || pastForms.contains(word)) return false;
    return "VERB".equals(tags[at]);
  }

  /**
   * {@code text} with each later subject "I" of the speaker (and an opening "I've", "I'll", "I'd") made {@code name} when its verb can
   * be made to agree: "..., but if I did, it is smart" → "..., but if Roe did, it is smart", "as I see it" → "as Roe
   * sees it", "I'm" → "Roe is", "I've" → "Roe has", "I'll" → "Roe will", "I'd" → "Roe would" (adverbs before the verb
   * are skipped). An "I" after an auxiliary ("do I think") or before a verb the tagger does not read as one stays.
   */
  String laterFirstPerson(String text, String name) {
    String[] w = text.split(" ", -1);
    for (int i = 0; i < w.length; i++) {
      String contraction = w[i].length() > 2 && (w[i].startsWith("I'") || w[i].startsWith("I’"))
          ? CONTRACTED.get(w[i].substring(1).replace('’', '\'')) : null;
      if (i == 0 && contraction == null) continue; // a first "I" is the caller's ("I think" → "Roe thinks")
      if (!w[i].equals("I") && contraction == null || i > 0 && INVERTING.contains(bare(w[i - 1]))) continue;
      if (contraction != null) {
        w[i] = name + " " + contraction;
        continue;
      }
      int v = i + 1;
      while (v < w.length && ADVERBS.contains(bare(w[v])) || v < w.length && bare(w[v]).endsWith("ly")) v++;
      if (v >= w.length) continue;
      String verb = bare(w[v]);
      String tail = w[v].substring(Math.min(w[v].length(), verb.length()));
      String form = FORMS.get(verb.toLowerCase(Locale.ROOT));
      boolean unchanged = MODALS.contains(verb) || verb.endsWith("ed") || pastForms.contains(verb);
      if (form == null && !unchanged && isPresentVerb(verb, tagger.tag(firstPersonWords(w, v)), 1)) {
        form = sForm(verb);
      }
      if (form == null && !unchanged) continue;
      if (form != null) w[v] = form + tail;
      w[i] = name;
    }
    return String.join(" ", w);
  }

  /**
   * A subject pronoun with a contracted auxiliary as two words ("he's" + "not sure" → "he", "is not sure"; "I'd been"
   * → "I", "had been"), so that the pronoun can become a name; {@code parts} itself when its first word is no such
   * contraction.
   */
  static String[] expanded(String[] parts) {
    String first = parts[0].replace('’', '\'');
    int apostrophe = first.indexOf('\'');
    if (parts.length < 2 || apostrophe < 1) return parts;
    String pronoun = first.substring(0, apostrophe);
    if (!FunctionWords.SUBJECT_PRONOUNS.contains(pronoun.toLowerCase(Locale.ROOT))) return parts;
    String rest = parts[1];
    while (rest.contains(" ") && (rest.split(" ", 2)[0].endsWith("ly") || ADVERBS.contains(rest.split(" ", 2)[0]))) {
      rest = rest.split(" ", 2)[1]; // "he's probably got": the auxiliary is read off the verb after the adverb
    }
    String[] after = rest.split(" ", 3);
    String next = after[0].toLowerCase(Locale.ROOT);
    // "he's worked hard", "he's said it", "she's Started Writing": a participle with an object is a perfect; "he's tired
    // of it" is "is"
    String afterNext = after.length > 1 ? after[1].toLowerCase(Locale.ROOT) : "";
    boolean participle = next.endsWith("ed") || UNMARKED_PAST.contains(next); // "she's backed", "he's said"
    boolean participleWithObject = participle && !afterNext.isEmpty() && !ADJECTIVAL_NEXT.contains(afterNext);
    boolean perfect = next.equals("been") || next.equals("got") || next.equals("gotten") || next.equals("better")
        || participleWithObject;
    String aux = switch (first.substring(apostrophe + 1).toLowerCase(Locale.ROOT)) {
      case "s" -> perfect ? "has" : "is";
      case "d" -> perfect ? "had" : "would";
      case "ll" -> "will";
      case "re" -> "are";
      case "ve" -> "have";
      case "m" -> "am";
      default -> null;
    };
    return aux == null ? parts : new String[] {pronoun, aux + " " + parts[1]};
  }

  /** "I" and the words of {@code w} from {@code v}, as the tagger reads a verb after a first-person subject. */
  private static String[] firstPersonWords(String[] w, int v) {
    String[] out = new String[w.length - v + 1];
    out[0] = "I";
    System.arraycopy(w, v, out, 1, w.length - v);
    return out;
  }

  /** {@code word} without the punctuation around it ("don’t," → "don’t"). */
  private static String bare(String word) {
    return SURROUNDING_PUNCTUATION.matcher(word).replaceAll("");
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
