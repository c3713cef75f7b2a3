package io.claimwatch.extraction.lexicon;

/** A reporting-cue word form: its lemma, its rule class and whether it is a speech verb. */
public record Cue(String form, String lemma, CueClass cueClass, boolean speech) {
  /** How a cue behaves: plain speech, publication report, confirmation, denial, hedged claim, "called it X", "according to". */
  public enum CueClass { SAY, REPORT, CONFIRM, DENY, HEDGE, CALL, ACCORDING }
}
