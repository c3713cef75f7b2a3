package io.claimwatch.extraction.attribution;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The named sources and known entities seen so far in one article, newest last, for pronoun and role resolution.
 * Only the newest {@value #KEPT} of each are kept: a pronoun or role refers back a few sentences, never thousands of
 * mentions, and the bound keeps every lookup constant-time whatever the article's length.
 */
public final class MentionHistory {
  private static final int SOURCE_WINDOW = 6;
  private static final int KEPT = 256;
  private final List<FoundSource> mentions = new ArrayList<>();
  private final List<FoundSource> sources = new ArrayList<>();

  /** A known entity named in the text. */
  public void add(FoundSource s) {
    if (s.type() != SourceKind.UNKNOWN) keep(mentions, s);
  }

  private static void keep(List<FoundSource> list, FoundSource s) {
    if (list.size() >= 2 * KEPT) list.subList(0, list.size() - KEPT + 1).clear();
    list.add(s);
  }

  /** A resolved attribution source (also a mention). */
  public void addSource(FoundSource s) {
    if (s.type() == SourceKind.UNKNOWN) return;
    keep(mentions, s);
    keep(sources, s);
  }

  /** The newest of the last few attribution sources of a kind ("he" prefers the person who was speaking), or null. */
  public FoundSource lastSourceOfKind(SourceKind kind) {
    for (int i = sources.size() - 1; i >= Math.max(0, sources.size() - SOURCE_WINDOW); i--) {
      if (sources.get(i).type() == kind) return sources.get(i);
    }
    return null;
  }

  /** The newest mention matching, skipping {@code skip} matches first (skip=1 for "the former"). */
  public FoundSource last(Predicate<FoundSource> test, int skip) {
    String previousKey = null;
    for (int i = mentions.size() - 1; i >= 0; i--) {
      FoundSource s = mentions.get(i);
      if (!test.test(s) || s.key().equals(previousKey)) continue;
      if (skip-- == 0) return s;
      previousKey = s.key();
    }
    return null;
  }

  public FoundSource lastOfKind(SourceKind kind) {
    return last(s -> s.type() == kind, 0);
  }
}
