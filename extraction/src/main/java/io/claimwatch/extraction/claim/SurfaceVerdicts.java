package io.claimwatch.extraction.claim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text is from its surface alone, before any tagging: a photo caption ("FILE - In this ... file photo"), site
 * furniture ("Read full article at ...", "Home Politics Live", an embedded post's photo link or markup), a byline
 * ("By Jo Roe and Lars Holm"), a question, also one whose "?" the content lost ("How many times do we ..."), or a
 * formula of thanks ("Mayor Lee, thank you for ...", "Believe me"), which has no predicate of a claim. Immutable.
 */
final class SurfaceVerdicts {
  private static final Pattern CAPTION = Pattern.compile(
      "^(FILE|PHOTO|IMAGE|VIDEO|WATCH|LISTEN)\\s*[-–—:|]|\\bfile photo\\b|^(Photo|Image|Pictured|Caption|Credit)s?:"
          + "|\\((AP|AFP|Reuters|Getty|EPA)[^)]{0,40}\\)\\s*$|^(?-i:(WATCH|LISTEN|VIDEO|PHOTOS?)\\s|Watch\\s+(The|This|These|What|How|Why|Who)\\s)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE = Pattern.compile(
      "^By\\s+\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}((,| and)\\s+\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3})*"
          + "(\\s*[,|–-].{0,40})?$|^(?i:byline):.{0,60}$"
          + "|^(Editing|Reporting|Additional reporting|Writing) by\\s+\\p{Lu}.{0,80}$");
  private static final Pattern FURNITURE = Pattern.compile(
      "^(read (the )?full (article|story)|read more|click here|sign up|subscribe|advertisement|share this|follow us"
          + "|related( articles| stories)?:|home(\\s+\\p{Lu}\\p{L}*){2,}|skip to (main )?content|cookie|all rights reserved"
          + "|copyright|©|paid notice|q\\s?&\\s?a\\b)", Pattern.CASE_INSENSITIVE);
  /** An embedded social post: its photo link or the closing tag of its markup ("... pic.twitter.com/x1", "</tweet>"). */
  private static final Pattern EMBED = Pattern.compile("pic\\.twitter\\.com/|</\\p{Ll}+>");
  /** A question whose "?" the content lost: "How many times do we ...", "Do you think ...". */
  private static final Pattern UNMARKED_QUESTION = Pattern.compile(
      "^(How|Why) (many|much|long|often|do|does|did|is|are|was|were|can|could|would|will|should)\\b"
          + "|^(Do|Does|Did|Is|Are|Can|Could|Would|Will|Should) (I|you|we|they|he|she|it)\\b");

  /** Thanks, after a name addressed ("Mayor Lee, thank you for ..."), or "Believe me": a speech act, no claim. */
  private static final Pattern FORMULA = Pattern.compile(
      "^((\\p{Lu}[\\p{L}.'-]*\\s*){1,3},\\s*)?((?i)thank you|thanks)\\b|^Believe me\\b");

  private SurfaceVerdicts() {}

  /**
   * A caption, site furniture, a byline or a question, read from the surface alone; else null. Every pattern but
   * {@link #EMBED} and two alternatives of {@link #CAPTION} is anchored at the start: {@link #EMBED} is searched for
   * anywhere, those of {@link #CAPTION} only when the text has what they need ("(" or "file photo"); the others are
   * tried at the start only ({@code lookingAt}, the same matches as {@code find} for a pattern anchored with "^").
   */
  static ClaimShape.Verdict of(String t) {
    Matcher caption = CAPTION.matcher(t);
    if (t.indexOf('(') >= 0 || containsIgnoreCase(t, "file photo") ? caption.find() : caption.lookingAt()) {
      return ClaimShape.Verdict.CAPTION;
    }
    if (FURNITURE.matcher(t).lookingAt() || EMBED.matcher(t).find()) {
      return ClaimShape.Verdict.FURNITURE;
    }
    if (BYLINE.matcher(t).matches()) {
      return ClaimShape.Verdict.BYLINE;
    }
    if (t.endsWith("?") || UNMARKED_QUESTION.matcher(t).lookingAt()) {
      return ClaimShape.Verdict.QUESTION;
    }
    if (FORMULA.matcher(t).lookingAt()) return ClaimShape.Verdict.NO_PREDICATE;
    return null;
  }

  /** Whether {@code t} contains {@code part} in any case (at least where the patterns' ASCII case-folding finds it). */
  private static boolean containsIgnoreCase(String t, String part) {
    for (int i = 0; i + part.length() <= t.length(); i++) {
      if (t.regionMatches(true, i, part, 0, part.length())) return true;
    }
    return false;
  }
}
