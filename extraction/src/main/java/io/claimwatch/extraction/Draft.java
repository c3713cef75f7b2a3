package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.RawAttribution;
import io.claimwatch.extraction.attribution.StanceDecision;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * An attribution of one {@link AnalysisRun} before its claim, stance and origin are decided; mutable, filled in by the
 * run's passes ({@code lead} marks the publisher's own unattributed statements). A content with several propositions
 * has one draft per mention.
 */
final class Draft {
  FoundSource source;
  FoundSource cited;
  TextSpan sourceSpan;
  TextSpan cue;
  TextSpan content;
  RawAttribution raw;
  List<Token> contentTokens;
  List<Token> sentenceTokens;
  Draft relayOf;
  FoundClaim claim;
  StanceDecision stance;
  FoundSource origin;
  FoundSource speaksFor;
  boolean lead;
  /** The text the claim is built from when it is not the content's own ("X claims to have won" → "X has won"). */
  String claimInput;
  /** The canonicalizer's id of the claim (mentions of one event worded alike share it; the claim's id is its text's). */
  String canonicalId;
  /** The further mentions of this draft's content (its later conjuncts and sentences), each a draft of its own. */
  final List<Draft> otherMentions = new java.util.ArrayList<>();

  /** The text the claim is built from. */
  String claimText() {
    return claimInput != null ? claimInput : content.text();
  }

  /** Another mention of the same attribution: same source, cue and content, no claim or stance yet. */
  Draft sameAttribution() {
    Draft d = new Draft();
    d.source = source;
    d.cited = cited;
    d.sourceSpan = sourceSpan;
    d.cue = cue;
    d.content = content;
    d.raw = raw;
    d.contentTokens = contentTokens;
    d.sentenceTokens = sentenceTokens;
    d.relayOf = relayOf;
    d.speaksFor = speaksFor;
    d.lead = lead;
    d.claimInput = claimInput;
    return d;
  }
}
