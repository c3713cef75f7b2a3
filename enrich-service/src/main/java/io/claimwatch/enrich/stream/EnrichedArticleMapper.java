package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.resolve.ClaimIds;
import java.util.HashMap;
import java.util.Map;

import java.util.List;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.FoundAttribution;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.Attribution;
import io.claimwatch.schemas.Claim;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Span;
import io.claimwatch.schemas.Stance;

/** Turns the extractor's plain-Java analysis of an {@link Article} into the {@link EnrichedArticle} record. */
public final class EnrichedArticleMapper {
    private final String extractorVersion;

    public EnrichedArticleMapper(String extractorVersion) {
        this.extractorVersion = extractorVersion;
    }

    /**
     * The record of one article version. Each claim becomes a mention with id {@link ClaimIds#mentionId}; in the
     * stream its claim id is that mention id until the resolver assigns the claim (news.claims.mentions).
     */
    public EnrichedArticle toRecord(Article article, ArticleAnalysis analysis) {
        Map<String, String> mentionIds = new HashMap<>();
        for (FoundClaim claim : analysis.claims()) {
            mentionIds.putIfAbsent(claim.claimId(), ClaimIds.mentionId(article.getId(), claim.text()));
        }
        return EnrichedArticle.newBuilder()
                .setArticleId(article.getId())
                .setVersion(article.getVersion())
                .setUrl(article.getUrl())
                .setPublisher(article.getPublisher())
                .setTitle(article.getTitle())
                .setPublishedAt(article.getPublishedAt())
                .setIngestedAt(article.getIngestedAt())
                .setSentences(analysis.sentences().stream().map(EnrichedArticleMapper::span).toList())
                .setClaims(analysis.claims().stream().map(c -> claim(article.getId(), c)).toList())
                .setAttributions(analysis.attributions().stream()
                        .map(a -> attribution(a, mentionIds.get(a.claimId()))).toList())
                .setExtractorVersion(extractorVersion)
                .build();
    }

    static Span span(TextSpan span) {
        return span == null ? null : new Span(span.text(), span.start(), span.end());
    }

    static Source source(FoundSource source) {
        if (source == null) {
            return null;
        }
        return Source.newBuilder()
                .setKey(source.key())
                .setName(source.name())
                .setType(SourceType.valueOf(source.type().name()))
                .setAffiliation(source.affiliation())
                .setMention(span(source.mention()))
                .build();
    }

    private static Claim claim(String articleId, FoundClaim claim) {
        String mentionId = ClaimIds.mentionId(articleId, claim.text());
        return Claim.newBuilder()
                .setClaimId(mentionId)
                .setMentionId(mentionId)
                .setText(claim.text())
                .setCanonical(claim.canonical())
                .setParticipants(List.copyOf(claim.participants()))
                .setPredicate(claim.predicate())
                .setSpan(span(claim.span()))
                .build();
    }

    private static Attribution attribution(FoundAttribution attribution, String mentionId) {
        return Attribution.newBuilder()
                .setSource(source(attribution.source()))
                .setOrigin(source(attribution.origin()))
                .setSourceSpan(span(attribution.sourceSpan()))
                .setCue(span(attribution.cue()))
                .setContent(span(attribution.content()))
                .setStance(Stance.valueOf(attribution.stance().name()))
                .setConfidence(attribution.confidence())
                .setClaimId(mentionId)
                .setMentionId(mentionId)
                .setParty(attribution.party())
                .build();
    }
}
