package io.claimwatch.enrich.stream;

import java.util.ArrayList;
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
 * <p>A fact's identity is (claim id, article id, source key). When one source makes several attributions about
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
            strongest.merge(identity(attribution.getClaimId(), attribution.getSource().getKey()), attribution,
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
            List<String> kept = next.stream().map(EvidenceDeriver::identity).toList();
            int version = current == null ? previous.getVersion() : current.getVersion();
            for (ClaimEvidence old : upserts(previous)) {
                if (!kept.contains(identity(old))) {
                    out.add(ClaimEvidence.newBuilder(old).setOp(EvidenceOp.RETRACT).setArticleVersion(version).build());
                }
            }
        }
        out.addAll(next);
        return out;
    }

    public static String identity(ClaimEvidence fact) {
        return identity(fact.getClaimId(), fact.getSource().getKey());
    }

    private static String identity(String claimId, String sourceKey) {
        return claimId + '\u0000' + sourceKey;
    }

    private static ClaimEvidence fact(EnrichedArticle article, Attribution attribution, String claimText, EvidenceOp op) {
        return ClaimEvidence.newBuilder()
                .setClaimId(attribution.getClaimId())
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
