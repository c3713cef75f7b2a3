package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.embed.MentionContext;
import io.claimwatch.extraction.embed.MentionVectors;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.resolve.ClaimIds;
import io.claimwatch.extraction.resolve.TitleQuestions;
import io.claimwatch.schemas.Claim;
import io.claimwatch.schemas.ClaimMention;
import io.claimwatch.schemas.EnrichedArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claim mentions of an enriched article version for the resolver, and how they replace the previous version's:
 * a tombstone for each previous mention no longer found, then each current mention with its identity vector
 * ({@link MentionVectors}: the claim text with its title line or sentence as context). The vectors of one article
 * are computed in one batch. The title's questions ({@link TitleQuestions}) travel the same way, flagged
 * {@code question}, for the resolver's read-only question links; each is embedded with the title as its context, in
 * a call of its own, exactly as the offline {@code OfflineResolution.askedClaimId} does.
 */
public final class MentionDeriver {
    private final MentionVectors vectors;

    public MentionDeriver(SentenceEmbedder embedder) {
        this(new MentionVectors(embedder));
    }

    public MentionDeriver(MentionVectors vectors) {
        this.vectors = vectors;
    }

    /** {@code previous} null when none; {@code current} null for a retraction. */
    public List<MentionChange> replacement(EnrichedArticle previous, EnrichedArticle current) {
        Map<String, Claim> now = current == null ? Map.of() : byMention(current);
        Map<String, String> asked = current == null ? Map.of() : questions(current);
        List<MentionChange> out = new ArrayList<>();
        if (previous != null) {
            for (String old : byMention(previous).keySet()) {
                if (!now.containsKey(old)) {
                    out.add(new MentionChange(old, null));
                }
            }
            for (String old : questions(previous).keySet()) {
                if (!asked.containsKey(old)) {
                    out.add(new MentionChange(old, null));
                }
            }
        }
        if (!now.isEmpty()) {
            out.addAll(claimMentions(current, now));
        }
        asked.forEach((id, text) -> out.add(new MentionChange(id, record(current, id, text, false,
                this.vectors.embedAll(List.of(new MentionVectors.Mention(text, current.getTitle()))).get(0))
                .setQuestion(true).build())));
        return out;
    }

    /** The current claim mentions with their vectors, embedded in one batch. */
    private List<MentionChange> claimMentions(EnrichedArticle current, Map<String, Claim> now) {
        List<MentionChange> out = new ArrayList<>();
        List<Claim> claims = List.copyOf(now.values());
        List<MentionContext.Sentence> sentences = current.getSentences().stream()
                .map(s -> new MentionContext.Sentence(s.getText(), s.getStart(), s.getEnd())).toList();
        List<float[]> vectors = this.vectors.embedAll(claims.stream().map(c -> new MentionVectors.Mention(c.getText(),
                MentionContext.of(c.getSpan().getStart(), current.getTitle(), sentences))).toList());
        String headline = current.getClaims().isEmpty() ? null : mentionId(current.getClaims().get(0));
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            boolean isHeadline = mentionId(c).equals(headline) && c.getSpan().getStart() == 0;
            out.add(new MentionChange(mentionId(c), record(current, mentionId(c), c.getText(), isHeadline,
                    vectors.get(i)).build()));
        }
        return out;
    }

    private ClaimMention.Builder record(EnrichedArticle article, String id, String text, boolean isHeadline,
                                        float[] vector) {
        return ClaimMention.newBuilder()
                .setMentionId(id)
                .setArticleId(article.getArticleId())
                .setArticleVersion(article.getVersion())
                .setText(text)
                .setHeadline(isHeadline)
                .setEmbedding(Vectors.boxed(vector))
                .setModel(this.vectors.embedder().modelId())
                .setEventTime(Objects.requireNonNullElse(article.getPublishedAt(), article.getIngestedAt()))
                .setIngestedAt(article.getIngestedAt());
    }

    /**
     * Question id → text of the article's title questions and claimless title sentences ({@link TitleQuestions}), in
     * text order.
     */
    public static Map<String, String> questions(EnrichedArticle article) {
        List<TextSpan> sentences = article.getSentences().stream()
                .map(s -> new TextSpan(s.getText(), s.getStart(), s.getEnd())).toList();
        Map<String, String> out = new LinkedHashMap<>();
        List<TextSpan> claims = article.getClaims().stream()
                .map(c -> new TextSpan(c.getText(), c.getSpan().getStart(), c.getSpan().getEnd())).toList();
        for (TextSpan q : TitleQuestions.of(article.getTitle(), sentences, claims)) {
            out.putIfAbsent(ClaimIds.questionId(article.getArticleId(), q.text()), q.text());
        }
        return out;
    }

    private static Map<String, Claim> byMention(EnrichedArticle article) {
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : article.getClaims()) {
            out.putIfAbsent(mentionId(c), c);
        }
        return out;
    }

    private static String mentionId(Claim c) {
        return c.getMentionId() != null ? c.getMentionId() : c.getClaimId();
    }
}
