package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.text.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Answer words and discourse markers that open a claim's clause ("No, ...", "Well, first of all, ...", "Besides, ...",
 * "On the other hand, ..."): they link the clause to what came before and are no part of the proposition or of its
 * negation. The claim text drops them before its negation and wrapper tests, and the stance drops the same tokens,
 * so that text and side are decided on one clause.
 */
final class LeadingMarkers {
  /** An answer word before a clause ("No, the pier was not sold"): no part of the proposition, nor its negation. */
  private static final Pattern INTERJECTION = Pattern.compile("^(?i)(no|nope|yes|yeah|oh)\\s*[,!]\\s+");
  private static final int MARKER_MAX_WORDS = 4;
  /**
   * Discourse markers before the first clause, which link it to what came before and are no part of the proposition:
   * "Well, first of all, ...", "Look, ...", "In fact, ...", "I mean, ...", "Besides, ...", "On the other hand, ...",
   * and the speaker's frames "I can tell you (that) ...", "let me tell you ...", "Trust me, ...", "Let me be clear, ...",
   * "Make no mistake, ...".
   */
  private static final Pattern DISCOURSE_MARKER = Pattern.compile(
      "^(?i)((well|look|listen|frankly|honestly|of course|in fact|folks|again|now|remember|i mean|you know|apart from that"
          + "|aside from that|besides|moreover|furthermore|in addition|additionally|also|at the same time|on the other hand"
          + "|by contrast|in contrast|nevertheless|nonetheless|therefore|thus|as a result|after all|in other words|indeed"
          + "|anyway|in any case),\\s+|well\\s+(?=(first|second|i|we|you|they|he|she|it)\\b)"
          + "|i mean\\s+(?=(there|this|that|it|we|they|he|she|you|i)\\b)|(first|second|third) of all,?\\s+"
          + "|(i|we) (can|will|['’]ll|must|have to) (tell|assure) you( that)?,?\\s+|let me tell you( that)?,?\\s+"
          + "|(trust me|believe me|mind you|make no mistake|mark my words|let me be (clear|honest|frank)"
          + "|let['’]s be (clear|honest|frank)),\\s+)+");

  private LeadingMarkers() {}

  /** {@code clause} without an opening answer word and discourse markers. */
  static String strip(String clause) {
    return stripDiscourseMarkers(TextCleaning.withoutLeading(INTERJECTION, clause));
  }

  /** {@code text} without opening discourse markers. */
  static String stripDiscourseMarkers(String text) {
    return TextCleaning.withoutLeading(DISCOURSE_MARKER, text);
  }

  /**
   * {@code tokens} of a content without the answer words and discourse markers the claim text drops from its start
   * ("No, ...", "Also, ...", "On the other hand, ..."), so that the stance reads the clause the text was made from.
   */
  static List<Token> withoutLeadingMarkers(List<Token> tokens) {
    int from = 0;
    while (from < tokens.size() && tokens.get(from).isQuote()) from++;
    for (int round = 0; round < 3; round++) {
      int comma = from;
      while (comma < tokens.size() && comma - from < MARKER_MAX_WORDS && !tokens.get(comma).is(",")) comma++;
      if (comma >= tokens.size() || comma == from || !tokens.get(comma).is(",")) break;
      StringBuilder phrase = new StringBuilder();
      for (int i = from; i < comma; i++) phrase.append(i > from ? " " : "").append(tokens.get(i).text());
      String marked = phrase + ", x";
      if (!INTERJECTION.matcher(marked).lookingAt() && !DISCOURSE_MARKER.matcher(marked).lookingAt()) break;
      from = comma + 1;
    }
    return from == 0 ? tokens : tokens.subList(from, tokens.size());
  }
}
