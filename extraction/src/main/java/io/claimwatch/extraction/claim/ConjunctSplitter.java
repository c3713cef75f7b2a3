package io.claimwatch.extraction.claim;

import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one claim sentence into its conjoined propositions, from part-of-speech tags ({@link PosTagger}) without a
 * parser. Only an "and" or "but" of the main clause, after its predicate, splits:
 * <ul>
 *   <li>two clauses, each with its own subject and predicate: "The mayor resigned and the council called an
 *       election" → "The mayor resigned", "the council called an election";</li>
 *   <li>two predicates of one subject: "She denied the report and called it a smear" → "She denied the report",
 *       "She called it a smear" (the subject repeated; a base-form verb sharing the first one's auxiliaries gets them
 *       too: "He will visit the port and meet the crew" → "He will meet the crew"). After an infinitive ("urged him
 *       not to escalate and reminded him") only an auxiliary or an -ed verb starts a predicate of the subject, since
 *       a base form continues the infinitive.</li>
 * </ul>
 * Nothing splits before the predicate ("X and Y met" is one proposition), after a subordinator or relative word ("he
 * believes that A and B" asserts neither A nor B on its own), at a coordination of noun phrases ("met the mayor and
 * the council") or where a part would be elliptical ("but expects to"). Thread-safe.
 */
public final class ConjunctSplitter {
  /** How a conjunct got its subject: the sentence's own, its own clause's, or repeated from the previous one. */
  public enum Subject { FIRST, OWN, SHARED }

  /** One proposition of a sentence. */
  public record Conjunct(String text, Subject subject) {}

  private record Split(int conjunction, int leftEnd, int right, Subject subject, String prefix) {}

  private static final int MAX_CONJUNCTS = 4;
  static final int SUBJECT_MAX = 8;
  private static final int FRONTED_MAX = 10;
  private static final int MIN_LEFT_WORDS = 3;
  private static final int MIN_RIGHT_WORDS = 2;
  private static final Set<String> CONJUNCTIONS = Set.of("and", "but");
  private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "whose", "where", "whether",
      "if", "because", "although", "though", "while", "when", "since", "unless", "until", "whereas", "as");
  static final Set<String> EXPLETIVES = Set.of("there", "it", "that", "here", "what");
  private static final Set<String> RELATIVES = Set.of("where", "which", "who", "whom", "whose");
  private static final Set<String> WH_WORDS = Set.of("what", "whether", "how", "who", "why", "where", "when");
  private static final Set<String> SUBJECT_PRONOUNS = FunctionWords.SUBJECT_PRONOUNS;
  static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ");
  private static final Set<String> DANGLING_TAGS = Set.of("ADP", "PART", "DET", "CCONJ", "SCONJ");
  /** Punctuation after which an aside or an elaboration follows, not a conjunct of the main clause. */
  private static final Set<String> ASIDES = Set.of(":", ";", "—", "–", "--", "-", "(");
  private static final Set<String> BREAKS = Set.of(",", ":", ";", "—", "–", "--", "-", "(", ")");
  private final NewsTokenizer tokenizer;
  private final PosTagger tagger;
  private final SharedSubject shared;
  private final ModalConjunct modal;

  public ConjunctSplitter(NewsTokenizer tokenizer, PosTagger tagger) {
    this.tokenizer = tokenizer;
    this.tagger = tagger;
    this.shared = new SharedSubject(tokenizer, tagger);
    this.modal = new ModalConjunct(tagger);
  }

  /** The tagger the splitter reads tags from, for other claim-text stages to share. */
  public PosTagger tagger() {
    return tagger;
  }

  /** The conjuncts of {@code sentence} in text order; the sentence itself when it has one proposition. */
  public List<Conjunct> split(String sentence) {
    List<Token> tokens = tokenizer.tokenize(sentence, 0, sentence.length());
    List<Conjunct> single = List.of(new Conjunct(sentence, Subject.FIRST));
    if (tokens.size() < 2 * MIN_LEFT_WORDS || tokens.stream().noneMatch(t -> t.is("and") || t.is("but"))) return single;
    String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
    String[] lower = tokens.stream().map(Token::lower).toArray(String[]::new);
    String[] tags = namesAsNouns(words, tagger.tag(words));
    List<Split> splits = splits(sentence, tokens, words, lower, tags);
    if (splits.isEmpty()) return single;
    List<Conjunct> out = new ArrayList<>();
    out.add(new Conjunct(text(sentence, tokens, 0, splits.get(0).leftEnd()), Subject.FIRST));
    for (int i = 0; i < splits.size(); i++) {
      Split s = splits.get(i);
      int end = i + 1 < splits.size() ? splits.get(i + 1).leftEnd() : tokens.size();
      out.add(new Conjunct(s.prefix() + text(sentence, tokens, s.right(), end), s.subject()));
    }
    return out;
  }

  /** {@code rest} with the subject of {@code clause} when it is a predicate of it, see {@link SharedSubject}. */
  public String withSubjectOf(String clause, String rest) {
    return shared.of(clause, rest);
  }

  private List<Split> splits(String sentence, List<Token> tokens, String[] words, String[] lower, String[] tags) {
    int n = tokens.size();
    int start = clauseStart(lower, tags);
    int pred = predicate(lower, tags, start, n);
    if (pred < 0) return List.of();
    int subjectStart = start;
    int conjunctStart = 0;
    boolean blocked = false;
    boolean aside = false;
    boolean infinitive = false;
    boolean relative = false;
    List<Split> out = new ArrayList<>();
    for (int k = pred + 1; k < n - 1 && out.size() < MAX_CONJUNCTS - 1; k++) {
      if (ASIDES.contains(lower[k])) aside = true;
      if (isSubordinator(lower[k], tags[k])) blocked = true;
      if (RELATIVES.contains(lower[k]) && k > 0 && tags[k - 1].equals("NOUN")) relative = true;
      if (lower[k].equals("to") && (tags[k].equals("PART") || tags[k + 1].equals("VERB"))) infinitive = true;
      if (aside || !CONJUNCTIONS.contains(lower[k]) || !tags[k].equals("CCONJ")) continue;
      // "..., but it's not realistic" qualifies the clause before it: one proposition
      if (lower[k].equals("but") && AnaphoricContrast.is(sentence.substring(tokens.get(k + 1).start()))) continue;
      int leftEnd = tokens.get(k - 1).is(",") ? k - 1 : k;
      // "said A and that B": the complementizer goes; "and that made the difference": "that" is the subject
      boolean thatSubject = k + 2 < n && Character.isLowerCase(words[k + 2].charAt(0))
          && (tags[k + 2].equals("VERB") && !lower[k + 2].endsWith("ing") || tags[k + 2].startsWith("AUX"));
      int right = lower[k + 1].equals("that") && !thatSubject ? k + 2 : k + 1;
      if (right >= n || words(tokens, conjunctStart, leftEnd) < MIN_LEFT_WORDS) continue;
      if (secondWhComplement(lower, pred, k, right)) continue; // "decide what is fair and what isn't": one object
      int rightPred = SUBJECT_TAGS.contains(tags[right]) ? clausePredicate(lower, tags, right, Math.min(n, right + SUBJECT_MAX + 1))
          : frontedPronounClause(lower, tags, right, n);
      // "I'm", "they're", "she'll": subject and auxiliary in one word, the predicate goes on after it
      if (tags[right].equals("PRON") && (lower[right].indexOf('\'') > 0 || lower[right].indexOf('’') > 0) && right + 1 < n) rightPred = right + 1;
      // ", but" and a clause of its own end the sentence's first clause even after a subordinate one, and a clause
      // of its own ends a relative clause ("a deal where Russia keeps land and during the call he raised it")
      boolean commaBut = leftEnd < k && lower[k].equals("but") && rightPred > right;
      if (blocked && !commaBut && !(relative && rightPred > right)) continue;
      Split split = null;
      int nextPred = -1;
      // "would expand X and push for reform": no clause "push for reform" of its own, the modal's second verb
      boolean sharedModal = rightPred > right && modal.sharesModal(words, tags, subjectStart, pred, right);
      if (infinitive && rightPred > right && modal.continuesInfinitive(words, right)) continue; // "to fix X and close Y"
      if (rightPred > right && !sharedModal) {
        split = new Split(k, leftEnd, right, Subject.OWN, "");
        nextPred = rightPred;
        subjectStart = right;
      } else {
        int v = right;
        while (v < n && tags[v].equals("ADV")) v++;
        boolean simpleSubject = pred > subjectStart && pred - subjectStart <= SUBJECT_MAX
            && tokens.subList(subjectStart, pred).stream().noneMatch(t -> t.is(","));
        if (v < n && simpleSubject && (sharedModal || finite(lower[v], tags[v])) && (!infinitive || pastOrAuxiliary(lower[v], tags[v]))) {
          String prefix = text(sentence, tokens, subjectStart, pred) + " " + sharedAuxiliaries(lower, tags, pred, v, tokens);
          split = prefix.contains(" not ") || prefix.contains("n't ") ? null : new Split(k, leftEnd, right, Subject.SHARED, prefix);
          nextPred = v;
        }
      }
      if (split == null || !wellFormed(tokens, tags, right, n) || CoordinationGuards.sharesAcross(lower, tags, k, right)) continue;
      out.add(split);
      pred = nextPred;
      conjunctStart = right;
      infinitive = false;
      blocked = false;
      relative = false;
      k = Math.max(k, pred);
    }
    return wellFormedParts(out, tokens, tags);
  }

  /**
   * A capitalized word the tagger calls a verb right before another verb is a name ("Trump advised Putin", which
   * the tagger reads as a verb at the start of a sentence).
   */
  static String[] namesAsNouns(String[] words, String[] tags) {
    for (int i = 0; i < tags.length; i++) if (tags[i].indexOf('+') > 0) tags[i] = tags[i].substring(0, tags[i].indexOf('+')); // "cannot": AUX+PART
    for (int i = 1; i + 1 < words.length; i++) {
      // "there's a", "it's not": a split-off 's after an expletive or demonstrative before no noun or adjective is "is", which the tagger may call punctuation
      boolean is = (words[i].equals("'s") || words[i].equals("’s")) && !Set.of("NOUN", "PROPN", "ADJ", "NUM").contains(tags[i + 1]);
      if (is && EXPLETIVES.contains(words[i - 1].toLowerCase(Locale.ROOT))) tags[i] = "AUX";
    }
    for (int i = 0; i + 1 < words.length; i++) {
      boolean capitalized = Character.isUpperCase(words[i].charAt(0));
      if (capitalized && tags[i].equals("VERB") && (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX"))) tags[i] = "PROPN";
    }
    return tags;
  }

  /** Splits whose right part is not elliptical up to the next split ("but expects to" stays in its sentence). */
  private static List<Split> wellFormedParts(List<Split> splits, List<Token> tokens, String[] tags) {
    List<Split> kept = new ArrayList<>(splits);
    for (int i = kept.size() - 1; i >= 0; i--) {
      int end = i + 1 < kept.size() ? kept.get(i + 1).leftEnd() : tokens.size();
      if (!wellFormed(tokens, tags, kept.get(i).right(), end)) kept.remove(i);
    }
    return kept;
  }

  private static boolean wellFormed(List<Token> tokens, String[] tags, int from, int to) {
    int last = to - 1;
    while (last > from && !tokens.get(last).isWord()) last--;
    return words(tokens, from, to) >= MIN_RIGHT_WORDS && !DANGLING_TAGS.contains(tags[last]);
  }

  /** The auxiliaries of the first predicate a base-form verb shares ("will" of "will visit ... and meet"), plus a space. */
  private static String sharedAuxiliaries(String[] lower, String[] tags, int pred, int verb, List<Token> tokens) {
    if (tags[verb].equals("AUX") || lower[verb].endsWith("ed") || lower[verb].endsWith("s")) return "";
    StringBuilder aux = new StringBuilder();
    for (int i = pred; i < tags.length && (tags[i].equals("AUX") || tags[i].equals("PART") || tags[i].equals("ADV")); i++) {
      aux.append(tokens.get(i).text()).append(' ');
    }
    return aux.toString();
  }

  /** After a fronted phrase ending with a comma ("On Friday, the mayor ...", "Subsequently, ..."), else 0. */
  static int clauseStart(String[] lower, String[] tags) {
    boolean fronted = tags[0].equals("ADP") || tags[0].equals("ADV");
    for (int i = 1; fronted && i < Math.min(lower.length - 1, FRONTED_MAX); i++) if (lower[i].equals(",")) return i + 1;
    return 0;
  }

  /**
   * The predicate of a clause that opens with a prepositional phrase and then a subject pronoun ("during the call he
   * raised it"), or -1.
   */
  private static int frontedPronounClause(String[] lower, String[] tags, int from, int n) {
    if (!tags[from].equals("ADP")) return -1;
    for (int i = from + 2; i + 1 < Math.min(n, from + FRONTED_MAX); i++) {
      if (BREAKS.contains(lower[i]) || isSubordinator(lower[i], tags[i])) return -1;
      if (SUBJECT_PRONOUNS.contains(lower[i]) && (tags[i + 1].equals("AUX") || tags[i + 1].equals("VERB"))) return i + 1;
    }
    return -1;
  }

  /** The predicate of a clause after a conjunction: its subject is not cut by punctuation ("grit and noise, jobs are"). */
  private static int clausePredicate(String[] lower, String[] tags, int from, int to) {
    for (int i = from; i < to; i++) if (BREAKS.contains(lower[i])) return predicate(lower, tags, from, i);
    return predicate(lower, tags, from, to);
  }

  /**
   * The first auxiliary or finite-looking verb after a subject in [from, to), or -1 (a subordinator comes first). A
   * participle followed by "by" modifies the subject ("the view held by the mayor and ... was"), it is no predicate.
   */
  static int predicate(String[] lower, String[] tags, int from, int to) {
    boolean subjectSeen = false;
    for (int i = from; i < to; i++) {
      if (isSubordinator(lower[i], tags[i])) return -1;
      if (tags[i].equals("VERB") && i + 1 < to && lower[i + 1].equals("by")) continue;
      if (tags[i].equals("PRON") && i + 1 < to && (lower[i].indexOf('\'') > 0 || lower[i].indexOf('’') > 0)) return i; // "we're", "she'll"
      boolean expletive = i > from && (lower[i - 1].equals("there") || lower[i - 1].equals("it"));
      if (tags[i].equals("AUX") && (subjectSeen || expletive)) return i;
      if (tags[i].equals("VERB") && subjectSeen && !lower[i - 1].equals("to") && !lower[i].endsWith("ing")) return i;
      subjectSeen |= SUBJECT_TAGS.contains(tags[i]);
    }
    return -1;
  }

  static boolean isSubordinator(String lower, String tag) {
    return tag.equals("SCONJ") || SUBORDINATORS.contains(lower) && !tag.equals("DET") && !tag.equals("ADP");
  }

  static boolean finite(String lower, String tag) {
    return tag.equals("AUX") && !lower.equals("be") && !lower.equals("been") && !lower.equals("being")
        || tag.equals("VERB") && !lower.endsWith("ing");
  }

  private static boolean pastOrAuxiliary(String lower, String tag) {
    return tag.equals("AUX") || lower.endsWith("ed");
  }

  private static int words(List<Token> tokens, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if (tokens.get(i).isWord()) n++;
    return n;
  }

  static String text(String sentence, List<Token> tokens, int from, int to) {
    return sentence.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** A wh-word after the conjunction that the clause already used after its predicate: two coordinated objects. */
  private static boolean secondWhComplement(String[] lower, int pred, int conjunction, int right) {
    if (!WH_WORDS.contains(lower[right])) return false;
    for (int i = pred + 1; i < conjunction; i++) if (lower[i].equals(lower[right])) return true;
    return false;
  }
}
