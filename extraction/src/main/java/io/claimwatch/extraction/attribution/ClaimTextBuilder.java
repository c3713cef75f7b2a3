package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns attributed content into the claim it is about, worded as its source asserts it: the first sentence only,
 * without quotes, report framing ("the Gazette's report of", "reports that"), a falsity verdict ("... are false"),
 * trailing clauses (", but", ", which") and hedges; a negated main verb becomes the positive proposition ("he had not
 * yet spoken" → "Reyes had spoken", the source's denial being the stance) while a negation inside the content
 * stays ("urged them not to strike"); a subject pronoun is replaced by the source's name and role descriptions by
 * names from the alias table.
 */
public final class ClaimTextBuilder {
  private static final int MIN_FIRST_SENTENCE = 20;
  private static final Pattern APPOSITIVE = Pattern.compile("\\b(\\p{L}+)(?:, \\1\\b)+");
  private static final int ANAPHOR_MAX_CHARS = 60;
  private final ExtractionLexicon lex;
  private final List<String> wrappers;
  private final List<String> cutters;
  private final NameShortener names;
  private final Pattern falsityWord;
  private final PositiveProposition positive;

  public ClaimTextBuilder(ExtractionLexicon lex, SourceDirectory directory) {
    this.lex = lex;
    this.wrappers = lex.phrasesLongestFirst("claim_wrappers");
    this.cutters = List.copyOf(lex.words("claim_cutters"));
    this.names = new NameShortener(lex, directory);
    this.positive = new PositiveProposition(lex);
    this.falsityWord = Pattern.compile("\\b(pure |complete |total |a )?(" + String.join("|", lex.words("falsity")) + ")$");
  }

  public String build(String content, FoundSource source) {
    String s = TextCleaning.withoutQuotes(content).strip();
    int end = TextCleaning.firstSentenceEnd(s, MIN_FIRST_SENTENCE);
    if (end > 0) s = s.substring(0, end);
    s = stripWrapper(s);
    if (s.regionMatches(true, 0, "that ", 0, 5)) s = s.substring(5); // "said that X" whose cue left the "that"
    s = s.substring(0, TextCleaning.falsityVerdictStart(s, lex));
    String lower = s.toLowerCase(Locale.ROOT);
    int cut = s.length();
    for (String c : cutters) {
      int at = lower.indexOf(c);
      if (at > 10 && at < cut) cut = at;
    }
    s = subjectPronoun(positive.of(s.substring(0, cut)), source);
    s = names.shorten(s);
    if (s.contains(", ")) s = APPOSITIVE.matcher(s).replaceAll("$1");
    return TextCleaning.trimPunctuation(TextCleaning.collapseSpaces(s));
  }

  /**
   * True when the content is framed as the content of a report ("reports of a ferry strike", "news that ..."): such
   * a content states a claim even in nominal form.
   */
  public boolean isFramedAsReport(String content) {
    String s = TextCleaning.withoutQuotes(content).strip();
    return !stripWrapper(s).equals(s);
  }

  /** True when the content only points back at an earlier claim ("it", "the report", "this information"). */
  public boolean isAnaphoric(String content) {
    if (content.length() > ANAPHOR_MAX_CHARS) return false;
    String n = TextCleaning.withoutQuotes(content).toLowerCase(Locale.ROOT).replace('’', '\'')
        .replaceAll("[^\\p{L}' ]", " ").replaceAll("\\s+", " ").strip();
    for (String pre : List.of("it ", "them ")) if (n.startsWith(pre) && n.length() < 30) n = n.substring(pre.length());
    n = falsityWord.matcher(n).replaceAll("").strip();
    return n.isEmpty() || lex.in("anaphoric_content", n) || n.split(" ").length <= 4 && n.matches(".*\\b(report|reports|claim|claims|information)$");
  }

  private String stripWrapper(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String w : wrappers) {
      int at = lower.indexOf(w);
      // a bare preposition ("on the", "about the") frames only a content that starts with it
      int reach = w.startsWith("on ") || w.startsWith("about ") ? 0 : 45;
      if (at >= 0 && at <= reach && (at == 0 || lower.charAt(at - 1) == ' ')) return s.substring(at + w.length()).strip();
    }
    return s;
  }

  private static String subjectPronoun(String s, FoundSource source) {
    if (source == null || source.type() != SourceKind.PERSON && source.type() != SourceKind.ORGANIZATION) return s;
    String[] parts = s.split(" ", 2);
    if (parts.length < 2) return s;
    String p = parts[0].toLowerCase(Locale.ROOT);
    boolean matches = source.type() == SourceKind.PERSON ? p.equals("he") || p.equals("she") || p.equals("i")
        : p.equals("it") || p.equals("we");
    return matches ? source.name() + " " + parts[1] : s;
  }
}
