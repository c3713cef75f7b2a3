package io.claimwatch.extraction.claim;

import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a claim text is a claim: one clause with a predicate, not a question, caption, byline or piece of
 * site furniture. The predicate test uses OpenNLP's English part-of-speech model (Universal Dependencies tags, from
 * the Maven Central artifact {@code opennlp-models-pos-en}) on the claim text only, which is short, so it costs a
 * fraction of a millisecond: a clause has an auxiliary, or a verb that is neither an infinitive ("to settle the
 * conflict"), a bare participle ("commenting on state TV") nor the text's first word ("call"). A headline may be
 * nominal ("Harbor strike talks collapse" has a verb, "Port closure over storm" has none and is still the article's
 * claim), so headlines skip the predicate test and the test for a text cut out of its sentence ({@link ClauseEdges});
 * a title-cased title that only names a topic is still no claim ({@link TopicTitles}).
 */
public final class ClaimShape {
  /** What a text is, as a claim. */
  public enum Verdict { CLAIM, TOO_SHORT, NO_PREDICATE, FRAGMENT, QUESTION, CAPTION, BYLINE, FURNITURE }

  private static final int MIN_WORDS = 3;
  private static final int MIN_REPORTED_WORDS = 2;
  private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "whose", "because", "if",
      "whether", "although", "though", "while", "when", "where", "since", "unless", "how", "why");
  private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");
  private static final Set<String> BARE_BE = Set.of("be", "being", "been");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> LEAD_INS = Set.of(".", "...", "…");
  private static final Set<String> BREAKS = Set.of(",", "-", "–", "—", "--");
  private static final Set<String> SUBJECT_PRONOUNS = FunctionWords.SUBJECT_PRONOUNS;
  /** "there is", "it was": an expletive subject the tagger may not call a pronoun. */
  private static final Set<String> EXPLETIVES = Set.of("there", "it");
  private static final Set<String> SUBJECT_STARTS = Set.of("DET", "PROPN", "NOUN", "PRON");
  private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ");

  private final NewsTokenizer tokenizer;
  private final PosTagger tagger;
  private final ClauseEdges edges = new ClauseEdges();
  private final SubjectAgreement agreement = SubjectAgreement.fromResources();

  public ClaimShape(NewsTokenizer tokenizer) {
    this(tokenizer, new PosTagger());
  }

  public ClaimShape(NewsTokenizer tokenizer, PosTagger tagger) {
    this.tokenizer = tokenizer;
    this.tagger = tagger;
  }

  /** {@code nominalAllowed}: a headline or a report's framed content may state its claim without a verb. */
  public boolean isClaim(String text, boolean nominalAllowed) {
    return judge(text, nominalAllowed) == Verdict.CLAIM;
  }

  /**
   * Whether the headline's own text (not a content a cue in it reports) is a claim: {@link #judge} as a headline,
   * and a verb in it ({@link HeadlineVerbs}) unless a colon splits it ("Mayor: Pier must close"). A verbless headline
   * ("Harbor contingency plan") names a subject and states nothing of it; the resolver still links it read-only to
   * the claim it is about (a title reference).
   */
  public boolean isHeadlineClaim(String text) {
    if (judge(text, true) != Verdict.CLAIM) return false;
    String t = text.strip();
    String[] words = tokenizer.tokenize(t, 0, t.length()).stream().map(Token::text).toArray(String[]::new);
    return Arrays.asList(words).contains(":") || HeadlineVerbs.evident(words, tagger);
  }

  /**
   * Whether the content of a report framing ("denies reports of a port strike", "layoff rumors") is a claim: the
   * framing is its predicate, so a nominal text of two words is one ("port strike"), and so is one that opens with a
   * participle used as an adjective ("suspected cholera cases in the camp"); otherwise as a headline's text
   * ({@link #judge} with {@code headline}: a lower-case finite verb first is a cut clause, "suggested a gap").
   */
  public boolean isReportedClaim(String text) {
    String t = text.strip();
    if (SurfaceVerdicts.of(t) != null) return false;
    String[] words = tokenizer.tokenize(t, 0, t.length()).stream().map(Token::text).toArray(String[]::new);
    long count = Arrays.stream(words).filter(w -> Character.isLetterOrDigit(w.charAt(0))).count();
    if (count < MIN_REPORTED_WORDS || TopicTitles.isTopic(words, tagger) || ClauseSignals.isNameOnly(words)) return false;
    if (!Character.isLowerCase(words[0].charAt(0)) || words[0].endsWith("ing")) return true;
    String[] tags = tagged(words);
    String first = words[0].toLowerCase(Locale.ROOT);
    if (SUBORDINATORS.contains(first) || first.equals("so") || tags[0].equals("SCONJ") || tags[0].equals("CCONJ")) {
      return false; // "so they can focus on ...": a subordinate clause, no report's content
    }
    boolean verb = tags[0].equals("VERB") || tags[0].startsWith("AUX");
    boolean adjectival = words[0].endsWith("ed") && words.length > 1 && NOMINAL_TAGS.contains(tags[1]);
    return !verb || adjectival;
  }

  /**
   * Whether {@code owned}, a possessive and then a noun phrase with no determiner ("Acme's plans to cut 300 jobs",
   * "the rebels' ceasefire offer"), has no predicate; {@code ownerWords} is the length of the possessive in tokens.
   * What a headline's source denies or announces in such words is its own ("Acme denies plans to cut jobs"), and the
   * tagger reads "plans" as a noun only after the owner.
   */
  public boolean isOwnedNominal(String owned, int ownerTokens) {
    String t = owned.strip();
    if (SurfaceVerdicts.of(t) != null) return false;
    String[] words = tokenizer.tokenize(t, 0, t.length()).stream().map(Token::text).toArray(String[]::new);
    if (words.length < ownerTokens + 2) return false;
    String[] tags = tagged(words);
    String first = tags[ownerTokens];
    return (first.equals("NOUN") || first.equals("ADJ")) && !hasPredicate(words, tags);
  }

  public Verdict judge(String text, boolean headline) {
    String t = text.strip();
    Verdict surface = SurfaceVerdicts.of(t);
    if (surface != null) return surface;
    List<Token> tokens = tokenizer.tokenize(t, 0, t.length());
    if (tokens.stream().filter(Token::isWord).count() < MIN_WORDS) {
      return Verdict.TOO_SHORT;
    }
    String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
    if (headline) return nominalVerdict(words); // "The Rise Of X" names a topic; "suggested a gap" lost its subject
    String[] tags = tagged(words);
    if (labelledQuote(words, tags)) return Verdict.FRAGMENT;
    // "a tariff and said ...", "a recent poll think ...": cut out of a sentence; "Let them decide": no assertion
    boolean cut = edges.cut(words, tags) != ClauseEdges.Cut.NONE || agreement.disagrees(words, tags) || Imperatives.opens(words, tags)
        || ClauseSignals.adverbThenVerb(words, tags); // "still believe immigration is good": its subject was cut off
    // "a survey released on Monday by the port", "the pier hours after the storm hit": verbs only in modifiers
    return cut ? Verdict.FRAGMENT : hasPredicate(words, tags) && !ModifiedNounPhrase.matches(words, tags) ? Verdict.CLAIM : Verdict.NO_PREDICATE;
  }


  /** A nominal text may lack a verb, but not name a topic, be a bare wh-clause or start at a lower-case finite verb. */
  private Verdict nominalVerdict(String[] words) {
    int colon = Arrays.asList(words).indexOf(":"); // "A lesson from the mayor: Be the voice people hear"
    boolean beAfterColon = colon >= 0 && colon + 2 < words.length && words[colon + 1].equals("Be");
    if (TopicTitles.isHeadlineTopic(words, tagger) || WhTitles.asks(words, tagged(words)) || Imperatives.opensHeadline(words, tagger)
        || beAfterColon || HeadlineFragments.matches(words, tagger) || GappedClauses.relativeOnly(words, tagged(words))) {
      return Verdict.NO_PREDICATE;
    }
    String first = words[0];
    if (!Character.isLowerCase(first.charAt(0)) || first.endsWith("ing")) return Verdict.CLAIM;
    String tag = tagged(words)[0];
    return tag.equals("VERB") || tag.startsWith("AUX") ? Verdict.FRAGMENT : Verdict.CLAIM;
  }

  private String[] tagged(String[] words) {
    return TagRepairs.repair(words, tagger.tag(words));
  }

  /**
   * A predicate of the main clause: an auxiliary, or a finite-looking verb after a subject, before the first
   * subordinator ("this view, arguing that a deal would help" has its verbs only in the subordinate clause) or a
   * participle after a comma ("a stance, stating ..."). A relative clause of the subject is skipped ("the officer who
   * shot him was not wearing a camera"); a word that is subject and auxiliary ("you'd", "it's") is a clause. A text
   * that starts inside a prepositional phrase ("at support for a deal", "on that, but ...") is a fragment unless a
   * fronted phrase ends with a comma and a clause follows ("During the talks, the mayor said ...") or a subject
   * pronoun and its verb follow the phrase ("after the convention he would not ...").
   */
  private boolean hasPredicate(String[] words, String[] tags) {
    List<Integer> afterCondition = FrontedPhrases.conditionEnds(words, tags);
    if (afterCondition != null) {
      for (int end : afterCondition) { // "if the talks fail, the port will close"; "if A, and B, the port will close"
        String[] rest = Arrays.copyOfRange(words, end, words.length);
        if (hasPredicate(rest, tagged(rest))) return true;
      }
      return false;
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    // "about 40 people", "most of the money": a quantity is a subject, not a fronted phrase
    boolean quantity = tags.length > 1 && (tags[1].equals("NUM") || words[1].equalsIgnoreCase("of") && tags[0].equals("ADV"));
    // "To the council, the plan is ...": "to" before no verb opens a fronted phrase, not an infinitive
    boolean frontedTo = words[0].equals("To") && tags.length > 1 && !tags[1].equals("VERB") && !tags[1].startsWith("AUX");
    boolean fronted = !quantity && (tags[0].equals("ADP") || first.equals("with") || frontedTo // the tagger may call a first "With" SCONJ
        || tags[0].equals("ADV") && tags.length > 1 && tags[1].equals("ADP"));
    boolean demonstrative = first.equals("that") && ClauseWords.isDemonstrative(words, tags, 0);
    boolean lowerVerb = Character.isLowerCase(words[0].charAt(0)) && (tags[0].equals("VERB") || tags[0].startsWith("AUX"));
    boolean soThat = first.equals("so") && Character.isLowerCase(words[0].charAt(0)) && tags.length > 1
        && (SUBJECT_PRONOUNS.contains(words[1].toLowerCase(Locale.ROOT)) || tags[1].equals("DET")); // "so they can focus on ..."
    if (!fronted && !demonstrative && (soThat || tags[0].equals("CCONJ") || tags[0].equals("SCONJ") || isSubordinator(first, tags[0])
        || first.equals("to") || FunctionWords.isObjectPronoun(words[0]) || lowerVerb && !ClauseWords.isGerundSubject(words, tags)
        || first.equals("her") && tags.length > 1 && words[1].equalsIgnoreCase("to"))) { // "her to resign, ..."
      return false; // "and the majority of ...", "before he died", "to push for ...", "was her view and ...": no clause of its own
    }
    int start = 0;
    if (fronted) {
      start = FrontedPhrases.phraseEnd(words, tags);
      if (start < 0) start = FrontedPhrases.pronounClauseStart(words, tags);
      if (start < 0) {
        return false;
      }
    }
    boolean subjectSeen = start == 0 && lowerVerb && ClauseWords.isGerundSubject(words, tags); // "waterboarding is ..."
    boolean afterRelative = false;
    boolean afterComplement = false; // "the claim that he'd ...": a contracted auxiliary there is the complement's
    boolean infinitiveSeen = false;
    int firstComma = Arrays.asList(words).indexOf(",");
    for (int i = start; i < tags.length; i++) {
      String lower = words[i].toLowerCase(Locale.ROOT);
      String tag = tags[i].startsWith("AUX+") ? "AUX" : tags[i];
      String before = ClauseWords.wordBefore(words, tags, i);
      if (ClauseSignals.isCommentClause(words, tags, i)) { // ", I think,": the writer's comment, not the text's predicate
        i += 2;
        continue;
      }
      // "to be identified", "to really call": the verbs of an infinitive are not finite
      boolean infinitive = before.equals("to") || BARE_BE.contains(before) || BARE_BE.contains(lower);
      boolean participle = tag.equals("VERB") && i + 1 < words.length && words[i + 1].equalsIgnoreCase("by");
      if (afterRelative && tag.equals("AUX") && !infinitive && !lower.endsWith("'s") && !lower.endsWith("’s")
          && !SUBJECT_PRONOUNS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
        return true; // "the officer who shot him was ...": the auxiliary after the relative clause is the main one
      }
      if (afterRelative && (tag.equals("AUX") || tag.equals("VERB")) && !BREAKS.contains(words[i - 1])) {
        continue; // after "the officer who shot him", a main predicate follows a comma or dash
      }
      if (tag.equals("CCONJ") && i > start && BREAKS.contains(words[i - 1]) && !ModifierVerbs.isAppositive(words, i)) {
        return false; // "the same thing - and I've got ...": a phrase, then another clause
      }
      boolean pronounAux = tag.endsWith("+AUX") || i > start && tags[i - 1].equals("PRON") && (lower.equals("'s") || lower.equals("’s"));
      if ((pronounAux || NounCopula.at(words, tags, i)) && !afterComplement) {
        return true; // "you'd", "he's" (the tokenizer splits it off, the tagger may not call it an auxiliary)
      }
      boolean relativeThat = lower.equals("that") && tag.equals("PRON") && i > start
          && (tags[i - 1].equals("NOUN") || ClauseSignals.INDEFINITES.contains(words[i - 1].toLowerCase(Locale.ROOT))); // "anything that could"
      // "this idea that the port is ..." (a complement the tagger calls SCONJ) is in a subject that opens the text
      boolean complementThat = lower.equals("that") && tag.equals("SCONJ") && i > start && tags[i - 1].equals("NOUN")
          && SUBJECT_STARTS.contains(tags[start]);
      if (subjectSeen && (lower.equals("who") || lower.equals("which") || relativeThat || complementThat)) {
        i = ClauseWords.afterVerbGroup(tags, i + 1) - 1;
        afterRelative = true;
        afterComplement |= complementThat;
        continue;
      }
      // "that burden" after a preposition ("a lot of that burden is ...") is a determiner the tagger may call PRON
      boolean determiner = (tag.equals("DET") || lower.equals("that") && i > start && tags[i - 1].equals("ADP"))
          && i + 1 < tags.length && NOMINAL_TAGS.contains(tags[i + 1]);
      boolean subordinate = isSubordinator(lower, tag) && !(lower.equals("that") && (determiner || ClauseWords.isDemonstrative(words, tags, i)))
          || tag.equals("SCONJ") || i > start && ClauseSignals.opensTimeClause(words, tags, i)
          || lower.equals("what") && i > start && tags[i - 1].equals("ADP"); // "well below what analysts were ..."
      // a preposition the tagger calls SCONJ in a relative clause of the subject ("policies that help parents with ...")
      boolean mistagged = afterRelative && !SUBORDINATORS.contains(lower);
      if (subordinate && !mistagged || tag.equals("VERB") && lower.endsWith("ing") && i > 0 && words[i - 1].equals(",")) {
        return false;
      }
      if (tag.equals("CCONJ") && infinitiveSeen && !afterRelative && i + 1 < tags.length && ClauseSignals.inflected(words[i + 1], tags[i + 1])) {
        return false; // "leaders to disavow him and has called him ...": an object and its infinitive, then a predicate
      }
      // not after "Scott plans to ...", a name and a verb in -s the tagger may call a noun
      infinitiveSeen |= tag.equals("VERB") && before.equals("to") && !ClauseSignals.namedVerbInS(words, tags, i - 2);
      // ", should the talks fail", ", had he known": an inverted conditional, not the main clause's auxiliary
      int invertedVerb = i > 0 && words[i - 1].equals(",") && ClauseSignals.INVERTING.contains(lower) ? ClauseSignals.invertedVerb(words, tags, i + 1) : -1;
      if (invertedVerb > 0) {
        i = invertedVerb;
        continue;
      }
      if (tag.equals("AUX") && !infinitive && (subjectSeen || i > 0 && EXPLETIVES.contains(words[i - 1].toLowerCase(Locale.ROOT)))) {
        return true; // "would make visitors face ..." has no subject, "the nominee to be taken to ..." no finite verb
      }
      boolean afterArticle = i > 0 && ARTICLES.contains(words[i - 1].toLowerCase(Locale.ROOT)); // "a split": a noun
      // "The club, founded in 1998 in ...": a participle after the text's first comma opens an apposition
      boolean commaParticiple = i > 0 && i - 1 == firstComma && (lower.endsWith("ed") || ClauseSignals.PARTICIPLES.contains(lower));
      if (tag.equals("VERB") && subjectSeen && !infinitive && !participle && !lower.endsWith("ing") && !afterArticle && !commaParticiple
          && !ModifierVerbs.isPrenominal(words, tags, i) && !ModifierVerbs.isInApposition(words, tags, i)
          && !ModifierVerbs.isNaming(words, tags, i)) {
        return true; // not "Scott killed by police", "Ann Lee, a pilot based in Port Town"
      }
      boolean quantitySubject = ClauseSignals.QUANTITIES.contains(lower) && i + 1 < tags.length // "Almost half wanted", not "most importantly"
          && (tags[i + 1].equals("VERB") || tags[i + 1].startsWith("AUX") || words[i + 1].equalsIgnoreCase("of"));
      subjectSeen |= SUBJECT_TAGS.contains(tag) || quantitySubject;
    }
    return false;
  }

  /**
   * A lower-case phrase without a predicate before a colon, a full stop or an ellipsis and what follows it ("the
   * partner being supportive of her: You know, ...", "those things. ... You have a choice"): a piece of a sentence
   * that leads into a quote or the next sentence, whose clause is not the text's.
   */
  private boolean labelledQuote(String[] words, String[] tags) {
    int colon = 1;
    while (colon < words.length - 1 && !(words[colon].equals(":") || LEAD_INS.contains(words[colon])
        && Character.isUpperCase(words[colon + 1].charAt(0)))) {
      colon++; // an ellipsis or full stop before a capital ends a sentence; "the rate … is 51 percent" elides words
    }
    if (colon < 2 || colon >= words.length - 1 || !Character.isLowerCase(words[0].charAt(0))) return false;
    String[] before = Arrays.copyOfRange(words, 0, colon);
    return !hasPredicate(before, Arrays.copyOfRange(tags, 0, colon));
  }

  /** "that" of "that decision" is a determiner, not a subordinator. */
  static boolean isSubordinator(String lower, String tag) {
    return SUBORDINATORS.contains(lower) && !(lower.equals("that") && tag.equals("DET"));
  }

}
