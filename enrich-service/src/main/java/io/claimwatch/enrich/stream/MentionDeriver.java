package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.embed.MentionContext;
import io.claimwatch.extraction.embed.MentionVectors;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.extraction.embed.Vectors;
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
 * are computed in one batch.
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
        List<MentionChange> out = new ArrayList<>();
        if (previous != null) {
            for (String old : byMention(previous).keySet()) {
                if (!now.containsKey(old)) {
                    out.add(new MentionChange(old, null));
                }
            }
        }
        if (now.isEmpty()) {
            return out;
        }
        List<Claim> claims = List.copyOf(now.values());
        List<MentionContext.Sentence> sentences = current.getSentences().stream()
                .map(s -> new MentionContext.Sentence(s.getText(), s.getStart(), s.getEnd())).toList();
        List<float[]> vectors = this.vectors.embedAll(claims.stream().map(c -> new MentionVectors.Mention(c.getText(),
                MentionContext.of(c.getSpan().getStart(), current.getTitle(), sentences))).toList());
        String headline = current.getClaims().isEmpty() ? null : mentionId(current.getClaims().get(0));
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            out.add(new MentionChange(mentionId(c), ClaimMention.newBuilder()
                    .setMentionId(mentionId(c))
                    .setArticleId(current.getArticleId())
                    .setArticleVersion(current.getVersion())
                    .setText(c.getText())
                    .setHeadline(mentionId(c).equals(headline) && c.getSpan().getStart() == 0)
                    .setEmbedding(Vectors.boxed(vectors.get(i)))
                    .setModel(this.vectors.embedder().modelId())
                    .setEventTime(Objects.requireNonNullElse(current.getPublishedAt(), current.getIngestedAt()))
                    .setIngestedAt(current.getIngestedAt())
                    .build()));
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
