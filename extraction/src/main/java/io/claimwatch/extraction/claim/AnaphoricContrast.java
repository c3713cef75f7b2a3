package io.claimwatch.extraction.claim;

import java.util.regex.Pattern;

/**
 * A short negated clause after "but" whose subject only points back at the clause before it: "..., but it's just
 * not realistic", "... do it. But that isn't enough". Such a clause says nothing on its own ("it's realistic" is no
 * claim), it qualifies what came before, so it stays with that clause instead of becoming a mention of its own, and
 * its negation stays in the claim text. A longer clause ("but it does not mean the port will close") has content of
 * its own and is split as any other. Immutable.
 */
public final class AnaphoricContrast {
  /** At most this many words after "but": subject, auxiliary, negation and a short complement. */
  private static final int MAX_WORDS = 7;
  private static final String AUXILIARY = "(['’]s|['’]ll|['’]d| is| was| will| would| does| did| can| could| should| has| had)";
  private static final String CONTRACTED = " (isn|wasn|won|wouldn|doesn|didn|can|couldn|shouldn|hasn|hadn)['’]t";
  private static final Pattern CLAUSE = Pattern.compile("(?i)^(it|that|this)(" + AUXILIARY
      + "( (just|simply|really|still|quite|probably|certainly|clearly))? (not|never)|" + CONTRACTED + ")\\b[^,;:]*$");

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,!\"”'’\\s]+$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private AnaphoricContrast() {}

  /** Whether {@code afterBut}, the text after a "but" up to the end of its sentence, is such a clause. */
  public static boolean is(String afterBut) {
    String t = TRAILING_PUNCTUATION.matcher(afterBut.strip()).replaceAll("");
    return !t.isEmpty() && WHITESPACE.split(t).length <= MAX_WORDS && CLAUSE.matcher(t).matches();
  }
}
