package io.claimwatch.extraction.resolve;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.embed.MentionContext;
import io.claimwatch.extraction.embed.MentionVectors;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claim resolution over the analyzed articles of one offline run ({@code claimwatch analyze}, evaluation), with
 * the same mention vectors ({@link MentionVectors}: claim text and its title line or sentence), mention ids and
 * resolver as the pipeline's stream stage, in input order. Claim ids are read after the whole run, so a claim merged
 * later in the run is reported under its survivor. A title's questions ({@link TitleQuestions}) are no mentions: they
 * are kept aside and, once asked for, matched read-only against the claims of the whole run
 * ({@link #askedClaimId}).
 */
public final class OfflineResolution {
  private final MentionVectors vectors;
  private final ClaimResolver resolver;
  private final Map<String, String> claimOfMention = new HashMap<>();
  private final Map<String, String> titleOf = new HashMap<>();
  private long arrival;

  public OfflineResolution(SentenceEmbedder embedder, ResolverSettings settings) {
    this(new MentionVectors(embedder), settings);
  }

  public OfflineResolution(MentionVectors vectors, ResolverSettings settings) {
    this.vectors = vectors;
    this.resolver = new ClaimResolver(new InMemoryResolverState(), settings);
  }

  /**
   * Resolves the claims of one analyzed article (its claims embedded in one batch); {@code title} is the article's
   * title line (the context of its title's claims).
   */
  public void add(String articleId, String title, ArticleAnalysis analysis) {
    Map<String, MentionVectors.Mention> mentions = mentionsOf(articleId, title, analysis);
    titleOf.put(articleId, title);
    List<String> ids = new ArrayList<>(mentions.keySet());
    List<float[]> embedded = vectors.embedAll(new ArrayList<>(mentions.values()));
    long at = arrival++;
    for (int i = 0; i < ids.size(); i++) {
      String text = mentions.get(ids.get(i)).text();
      for (ResolutionEvent e : resolver.add(new MentionVector(ids.get(i), text, embedded.get(i), at))) {
        if (e instanceof ResolutionEvent.Assigned a) {
          claimOfMention.put(a.mentionId(), a.claimId());
        }
      }
    }
  }

  /**
   * Mention id → claim text and context of each distinct claim of an analyzed article, in text order, as the resolver
   * embeds them; {@code title} is the article's title line (the context of its title's claims).
   */
  public static Map<String, MentionVectors.Mention> mentionsOf(String articleId, String title, ArticleAnalysis analysis) {
    List<MentionContext.Sentence> sentences = new ArrayList<>();
    for (TextSpan s : analysis.sentences()) sentences.add(new MentionContext.Sentence(s.text(), s.start(), s.end()));
    Map<String, MentionVectors.Mention> mentions = new LinkedHashMap<>();
    for (FoundClaim c : analysis.claims()) {
      int start = c.span() == null ? Integer.MAX_VALUE : c.span().start();
      mentions.putIfAbsent(ClaimIds.mentionId(articleId, c.text()),
          new MentionVectors.Mention(c.text(), MentionContext.of(start, title, sentences)));
    }
    return mentions;
  }

  /** The resolved claim id of an article's claim text (null when that claim was never added). */
  public String claimId(String articleId, String claimText) {
    String claim = claimOfMention.get(ClaimIds.mentionId(articleId, claimText));
    return claim == null ? null : resolver.resolve(claim);
  }

  /**
   * The claim a question of an article's title asks about: the nearest claim of the run at the assign threshold (its
   * vector read with the title as context, like a mention's), or null. The question neither joins nor opens a claim,
   * so it never shows as a claim text and never counts as a source's stance; read after the whole run, the answer
   * does not depend on input order beyond the claims' own grouping.
   */
  public String askedClaimId(String articleId, String question) {
    float[] v = vectors.embedAll(List.of(new MentionVectors.Mention(question, titleOf.get(articleId)))).get(0);
    return resolver.nearestClaim(v).map(resolver::resolve).orElse(null);
  }
}
