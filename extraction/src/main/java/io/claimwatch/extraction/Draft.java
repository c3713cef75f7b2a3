package io.claimwatch.extraction;

import io.claimwatch.extraction.attribution.RawAttribution;
import io.claimwatch.extraction.attribution.StanceDecision;
import io.claimwatch.extraction.text.Token;
import java.util.List;

/**
 * An attribution of one {@link AnalysisRun} before its claim, stance and origin are decided; mutable, filled in by the
 * run's passes ({@code lead} marks the publisher's own unattributed statements).
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
}
