package io.claimwatch.extraction.claim;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a claim sentence's main clause ends: at the first of the lexicon's {@code claim_cutters} (", which", ",
 * saying", "; ", " but " ...) after its first words, with three exceptions that keep what the source asserts:
 * <ul>
 *   <li>a negated contrast restricts the clause and stays with it ("willing to talk, but never to yield");</li>
 *   <li>a negated aside after ", which", up to the next cutter, stays too ("it backed the plan, which it did not have to do"): the
 *       negation belongs to the content, and the aside is no clause of its own once cut off;</li>
 *   <li>a contrastive clause cut off the end ("..., while others have not paid") is a mention of its own, see
 *       {@link #contrastAfter}.</li>
 *   <li>"while" before a prepositional adverbial ("while on the wrist", "while in office") cuts nothing;</li>
 *   <li>a short negated "but" clause about the clause before ("..., but it's not realistic", {@link AnaphoricContrast})
 *       stays with it.</li>
 * </ul>
 * A "but" is a cutter of its own ({@link #conjunctionCut}): the clause after it is a mention too. Immutable.
 */
public final class ClauseCuts {
  private static final int MIN_CLAUSE = 10;
  private static final Pattern CONTRASTIVE = Pattern.compile("(?i),? (while|though|even though|whereas) ");
  private static final Pattern CONTRAST = Pattern.compile("\\s*(not|never|no)\\b");
  private static final String WHICH = ", which ";
  /**
   * "while on the wrist", "while in office": a reduced adverbial of the clause, no clause of its own ("while serving
   * ..." often runs on into another clause, so it is still cut).
   */
  private static final Pattern REDUCED_WHILE = Pattern.compile("\\s*(in|on|at|under|out|away|abroad)\\b");
  private final List<String> clauseCutters;
  private final List<String> conjunctionCutters;
  private final Pattern negation;

  /** {@code cutters}: the {@code claim_cutters} list; {@code negations}: the lexicon's negation words. */
  public ClauseCuts(List<String> cutters, java.util.Collection<String> negations) {
    // a "but" the splitter did not split at still ends the clause ("he does support X, but not for Y")
    this.conjunctionCutters = cutters.stream().filter(c -> c.replace(",", "").strip().equals("but")).toList();
    this.clauseCutters = cutters.stream().filter(c -> !conjunctionCutters.contains(c)).toList();
    java.util.Set<String> all = new java.util.TreeSet<>(negations);
    all.addAll(FunctionWords.NEGATIVE_DETERMINERS);
    String words = String.join("|", all.stream().map(Pattern::quote).toList());
    this.negation = Pattern.compile("(?<![\\p{L}'’])(" + words + ")(?![\\p{L}'’])|n['’]t\\b");
  }

  /** Index where the main clause of {@code s} ends (before a cutter other than "but"), or its length. */
  public int clauseCut(String s) {
    return cutAt(s, clauseCutters);
  }

  /** Index of a "but" that ends {@code s}'s clause, or its length. */
  public int conjunctionCut(String s) {
    return cutAt(s, conjunctionCutters);
  }

  /**
   * The clause after a contrastive cut ("..., while others are not", "... though it does not pay"), which the source
   * asserts too; "" when the cut is another trailing clause (", which ...", ", saying ...") or there is none.
   */
  public static String contrastAfter(String s, int cut) {
    Matcher m = CONTRASTIVE.matcher(s).region(cut, s.length());
    return cut < s.length() && m.lookingAt() ? s.substring(m.end()).strip() : "";
  }

  private int cutAt(String s, List<String> cutters) {
    String lower = s.toLowerCase(Locale.ROOT);
    int cut = s.length();
    for (String c : cutters) {
      int at = lower.indexOf(c);
      // "willing to negotiate, but never compromise": a negated contrast restricts the clause, it stays with it
      if (at > MIN_CLAUSE && at < cut && !CONTRAST.matcher(lower).region(at + c.length(), lower.length()).lookingAt()
          && !(c.equals(WHICH) && negatedAside(lower, at + c.length()))
          && !(conjunctionCutters.contains(c) && AnaphoricContrast.is(s.substring(at + c.length())))
          && !(c.contains("while") && REDUCED_WHILE.matcher(lower).region(at + c.length(), lower.length()).lookingAt())) {
        cut = at;
      }
    }
    return cut;
  }

  /**
   * The aside from {@code from} to the next cutter (", saying", "; " ...) or the end has a negation word ("which, she
   * said, was not planned" too).
   */
  private boolean negatedAside(String lower, int from) {
    int end = lower.length();
    for (String stop : clauseCutters) {
      int at = lower.indexOf(stop, from);
      if (at >= 0 && at < end) end = at;
    }
    return negation.matcher(lower).region(from, end).find();
  }
}
