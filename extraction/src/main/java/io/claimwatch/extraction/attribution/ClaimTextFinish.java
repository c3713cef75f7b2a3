package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.claim.FunctionWords;
import io.claimwatch.extraction.claim.PhraseTail;
import io.claimwatch.extraction.text.TextMemo;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last steps of a claim text ({@link ClaimTextBuilder}): without its opening furniture ({@link OpeningFurniture}:
 * markup tag, ellipsis, dateline), filler, discourse markers, trailing phrase tail, repeated appositive and trailing
 * attribution; a subject pronoun of the source made its name ({@link ThirdPerson}) and names shortened
 * ({@link NameShortener}). The steps before and after the pronoun depend on the text alone and are kept in the
 * article's {@link TextMemo}. Immutable.
 */
final class ClaimTextFinish {
  private static final Pattern APPOSITIVE = Pattern.compile("\\b(\\p{L}+)(?:, \\1\\b)+");
  /** A spoken filler between commas ("he was, you know, talking ..."): no part of the proposition. */
  private static final Pattern FILLER = Pattern.compile(",\\s+you know,\\s+", Pattern.CASE_INSENSITIVE);
  /** An attribution left at the end of a content: "..., she said", "..., said Jo Roe, a lawyer". */
  private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
      ",\\s+((he|she|they|we|\\p{Lu}[^,]{0,60}?)\\s+(said|says|added|noted|told \\p{Lu}\\p{L}+)"
          + "( (at|in|on|during|before|after) [^,]{0,60})?|said \\p{Lu}[^,]{0,60}(,[^,]{0,60})?)$");
  private static final TextMemo.Stage<String> PREPARED = new TextMemo.Stage<>("claim text before its subject");
  private static final TextMemo.Stage<String> SHORTENED = new TextMemo.Stage<>("claim text after its subject");
  private final PhraseTail tails;
  private final NameShortener names;
  private final ThirdPerson thirdPerson;

  ClaimTextFinish(PhraseTail tails, NameShortener names, ThirdPerson thirdPerson) {
    this.tails = tails;
    this.names = names;
    this.thirdPerson = thirdPerson;
  }

  /** The claim text of {@code s}; {@code anyPronoun}: any subject pronoun may be the source, else only "I"/"we". */
  String finish(String s, FoundSource source, boolean anyPronoun, TextMemo memo) {
    return memo.get(SHORTENED, subjectPronoun(memo.get(PREPARED, s, this::prepared), source, anyPronoun), this::shortened);
  }

  private String prepared(String s) {
    s = OpeningFurniture.strip(s); // markup tag, ellipsis, dateline
    return tails.clause(LeadingMarkers.stripDiscourseMarkers(FILLER.matcher(s).replaceAll(" "))); // "the record, we keep ..."
  }

  private String shortened(String s) {
    s = names.shorten(s).replace(" ,", ","); // "met on Friday, but" → "met, but"
    if (s.contains(", ")) s = APPOSITIVE.matcher(s).replaceAll("$1");
    s = TRAILING_ATTRIBUTION.matcher(TextCleaning.trimPunctuation(s)).replaceFirst(""); // also before a final "." or ","
    return TextCleaning.trimPunctuation(TextCleaning.collapseSpaces(s));
  }

  private String subjectPronoun(String s, FoundSource source, boolean anyPronoun) {
    if (source == null || SourceResolver.isUnresolved(source.key())) return s;
    String[] parts = s.split(" ", 2);
    if (parts.length < 2) return s;
    parts = ThirdPerson.expanded(parts); // "I'm not" → "X is not", "she's been" → "X has been"
    String p = parts[0].toLowerCase(Locale.ROOT);
    // a named source of unknown kind ("Roe: I back the plan") who says "I" is a person
    boolean person = source.type() == SourceKind.PERSON
        || source.type() == SourceKind.UNKNOWN && p.equals("i") && looksLikeName(source.name());
    if (!person && source.type() != SourceKind.ORGANIZATION) return s;
    boolean firstPerson = p.equals("i") || p.equals("we");
    boolean matches = person ? p.equals("he") || p.equals("she") || p.equals("i") : p.equals("it") || p.equals("we");
    String named = matches && (firstPerson || anyPronoun) ? source.name() + " " + (firstPerson ? thirdPerson.verb(parts[1]) : parts[1]) : s;
    return person ? thirdPerson.laterFirstPerson(named, source.name()) : named;
  }

  /** "Rubio", "Mona Lamberson": one to three capitalized words of two letters or more, none a pronoun ("You", "I've"). */
  private static boolean looksLikeName(String name) {
    String[] words = name.split(" ");
    if (words.length > 3) return false;
    for (String w : words) {
      String stem = w.split("['’]", 2)[0]; // "I've" is "I"
      if (stem.length() < 2 || !Character.isUpperCase(stem.charAt(0)) || !stem.chars().allMatch(Character::isLetter)
          || FunctionWords.SUBJECT_PRONOUNS.contains(stem.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
