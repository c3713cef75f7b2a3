package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report framing around a content's claim: a wrapper near its start ("reports that", "the Gazette's report of",
 * "news that"; the lexicon's {@code claim_wrappers}), one that opens it ("rumors of", "on the";
 * {@code leading_claim_wrappers}) or a trailing framing noun after a short noun phrase ("layoff rumors", "the
 * port-closure report" → "layoff", "the port-closure"). A framed content states its claim in nominal form, which the
 * framing makes a claim ({@code ClaimShape#isReportedClaim}). A trailing framing noun after only determiners,
 * possessives or a name ("the report", "the Gazette's report", "the Harbor Times report") frames no claim of its own:
 * that content points back at an earlier one ({@link #pointsBack}, with "it", "this information", "the claims" and
 * the lexicon's {@code anaphoric_content}). Immutable.
 */
final class ReportFraming {
  /** At most this many words before a trailing framing noun. */
  private static final int MAX_FRAMED_WORDS = 6;
  private static final int ANAPHOR_MAX_CHARS = 60;
  /** The nouns a report is framed by ("reports of", "layoff rumors", "the claims"). */
  private static final String REPORT_NOUNS = "reports?|rumou?rs?|claims?|allegations?";
  private static final Pattern TRAILING = Pattern.compile(
      "^(.+?)\\s+(" + REPORT_NOUNS + "|speculation)$", Pattern.CASE_INSENSITIVE);
  /** The nouns a match of {@link #TRAILING} ends with. */
  private static final List<String> FRAMING_NOUNS = List.of("report", "reports", "rumor", "rumors", "rumour", "rumours",
      "claim", "claims", "allegation", "allegations", "speculation");
  private static final Pattern OPENING_REPORT_NOUN = Pattern.compile("(?i)(" + REPORT_NOUNS + ")\\b");
  /**
   * Words that only point, qualify or relate ("on the report"): what a framing noun after them refers to is known
   * from earlier text.
   */
  private static final Pattern POINTING = Pattern.compile("(?i)(the|a|an|this|that|these|those|such|its|their|his|her"
      + "|on|about|of|to|in|over|for|with|any|all|some|no"
      + "|our|latest|recent|new|earlier|original|initial|previous|first|media|news|press|unconfirmed|\\p{L}+['’]s?)");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile(".*[,:;].*");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}' ]");
  private static final Pattern ENDS_IN_REPORT_NOUN = Pattern.compile(".*\\b(report|reports|claim|claims|information)$");
  /** How far into a content a wrapper may start ("the Harbor Times' report of ..."). */
  private static final int WRAPPER_REACH = 45;
  private final ExtractionLexicon lex;
  private final List<String> wrappers;
  private final List<String> leading;
  private final Pattern falsityWord;

  ReportFraming(ExtractionLexicon lex) {
    this.lex = lex;
    this.falsityWord = Pattern.compile("\\b(pure |complete |total |a )?(" + String.join("|", lex.words("falsity")) + ")$");
    this.wrappers = lex.phrasesLongestFirst("claim_wrappers");
    this.leading = lex.phrasesLongestFirst("leading_claim_wrappers");
  }

  /** {@code s} without its report framing; {@code s} itself when it has none. */
  String strip(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String w : wrappers) {
      int at = lower.indexOf(w);
      if (at >= 0 && at <= WRAPPER_REACH && (at == 0 || lower.charAt(at - 1) == ' ')) return s.substring(at + w.length()).strip();
    }
    for (String w : leading) if (lower.startsWith(w)) return s.substring(w.length()).strip();
    String framed = framedByTrailingNoun(s);
    return framed.isEmpty() ? s : framed;
  }

  /** Whether {@code text} opens with a report noun ("reports Kim is to open ...", "claims of a deal"). */
  boolean opensWithReportNoun(String text) {
    return OPENING_REPORT_NOUN.matcher(text).lookingAt();
  }

  /** The noun phrase before a trailing framing noun when it names what is reported ("layoff"), else "". */
  String framedByTrailingNoun(String s) {
    String t = s.strip();
    if (!endsWithFramingNoun(t)) return ""; // what TRAILING needs at the end, without running it over the whole text
    Matcher m = TRAILING.matcher(t);
    if (!m.matches()) return "";
    String[] words = WHITESPACE.split(m.group(1));
    if (words.length > MAX_FRAMED_WORDS || CLAUSE_PUNCTUATION.matcher(m.group(1)).matches()) return ""; // "X kills Y, media report"
    for (String w : words) if (lex.cue(w.toLowerCase(Locale.ROOT)) != null) return ""; // "Acme denies layoff rumors": a clause
    for (String w : words) {
      boolean pointing = POINTING.matcher(w).matches();
      boolean name = Character.isUpperCase(w.charAt(0));
      if (!pointing && !name && Character.isLetter(w.charAt(0))) return m.group(1);
    }
    return "";
  }

  /** Whether {@code t} ends with a noun of {@link #TRAILING} in any case (a necessary condition of its match). */
  private static boolean endsWithFramingNoun(String t) {
    for (String noun : FRAMING_NOUNS) {
      if (t.regionMatches(true, t.length() - noun.length(), noun, 0, noun.length())) return true;
    }
    return false;
  }

  /** True when the content only points back at an earlier claim ("it", "the report", "this information"). */
  boolean pointsBack(String content) {
    if (content.length() > ANAPHOR_MAX_CHARS) return false;
    String n = TextCleaning.withoutQuotes(content).toLowerCase(Locale.ROOT).replace('’', '\'');
    n = WHITESPACE.matcher(NOT_LETTER.matcher(n).replaceAll(" ")).replaceAll(" ").strip();
    for (String pre : List.of("it ", "them ")) if (n.startsWith(pre) && n.length() < 30) n = n.substring(pre.length());
    n = falsityWord.matcher(n).replaceAll("").strip();
    return n.isEmpty() || lex.in("anaphoric_content", n) || n.split(" ").length <= 4
        && ENDS_IN_REPORT_NOUN.matcher(n).matches() && framedByTrailingNoun(TextCleaning.trimPunctuation(TextCleaning.withoutQuotes(content).strip())).isEmpty();
  }
}
