package io.claimwatch.enrich.stream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.claimwatch.schemas.Attribution;
import io.claimwatch.schemas.Claim;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.Stance;

/**
 * Derives the evidence facts of an enriched article, and what to send when a new version or a retraction
 * replaces them.
 *
 * <p>A fact's identity is (mention id, source key); the mention id starts with the article id, and the fact key
 * {@link #factKey} is the record key on {@code news.claims.evidence}. When one source makes several attributions about
 * the same claim in one article, the most decided one stands: a CONFIRMS or DENIES over a REPORTS, then the
 * higher confidence, then the earlier position, so the result never depends on anything but the article.
 */
public final class EvidenceDeriver {
    private static final Comparator<Attribution> STRONGEST_FIRST = Comparator
            .comparing((Attribution a) -> a.getStance() == Stance.REPORTS)
            .thenComparing(Attribution::getConfidence, Comparator.reverseOrder())
            .thenComparingInt(a -> a.getContent().getStart());

    private EvidenceDeriver() {
    }

    /** The UPSERT facts of {@code article}, one per (claim, source), in first-appearance order. */
    public static List<ClaimEvidence> upserts(EnrichedArticle article) {
        Map<String, String> claimTexts = new LinkedHashMap<>();
        for (Claim claim : article.getClaims()) {
            claimTexts.putIfAbsent(claim.getClaimId(), claim.getText());
        }
        Map<String, Attribution> strongest = new LinkedHashMap<>();
        for (Attribution attribution : article.getAttributions()) {
            if (attribution.getClaimId() == null) {
                continue;
            }
            strongest.merge(factKey(attribution.getClaimId(), attribution.getSource().getKey()), attribution,
                    (a, b) -> STRONGEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        List<ClaimEvidence> facts = new ArrayList<>(strongest.size());
        for (Attribution attribution : strongest.values()) {
            String claimText = claimTexts.getOrDefault(attribution.getClaimId(), attribution.getContent().getText());
            facts.add(fact(article, attribution, claimText, EvidenceOp.UPSERT));
        }
        return facts;
    }

    /**
     * What replaces {@code previous} (null when none) by {@code current} (null for a retraction): RETRACT for each
     * previous fact that is gone, then UPSERT for each current fact.
     */
    public static List<ClaimEvidence> replacement(EnrichedArticle previous, EnrichedArticle current) {
        List<ClaimEvidence> next = current == null ? List.of() : upserts(current);
        List<ClaimEvidence> out = new ArrayList<>();
        if (previous != null) {
            Set<String> kept = new HashSet<>(next.stream().map(EvidenceDeriver::factKey).toList());
            int version = current == null ? previous.getVersion() : current.getVersion();
            for (ClaimEvidence old : upserts(previous)) {
                if (!kept.contains(factKey(old))) {
                    out.add(ClaimEvidence.newBuilder(old).setOp(EvidenceOp.RETRACT).setArticleVersion(version).build());
                }
            }
        }
        out.addAll(next);
        return out;
    }

    /** The record key of a fact: its mention id, '|', its source key. */
    public static String factKey(ClaimEvidence fact) {
        return factKey(fact.getMentionId() != null ? fact.getMentionId() : fact.getClaimId(), fact.getSource().getKey());
    }

    private static String factKey(String mentionId, String sourceKey) {
        return mentionId + '|' + sourceKey;
    }

    private static ClaimEvidence fact(EnrichedArticle article, Attribution attribution, String claimText, EvidenceOp op) {
        return ClaimEvidence.newBuilder()
                .setClaimId(attribution.getClaimId())
                .setMentionId(attribution.getMentionId())
                .setArticleId(article.getArticleId())
                .setArticleVersion(article.getVersion())
                .setOp(op)
                .setSource(attribution.getSource())
                .setOrigin(attribution.getOrigin())
                .setStance(attribution.getStance())
                .setConfidence(attribution.getConfidence())
                .setParty(attribution.getParty())
                .setClaimText(claimText)
                .setQuote(attribution.getContent().getText())
                .setPublisher(article.getPublisher())
                .setArticleUrl(article.getUrl())
                .setEventTime(Objects.requireNonNullElse(article.getPublishedAt(), article.getIngestedAt()))
                .setIngestedAt(article.getIngestedAt())
                .build();
    }
}
