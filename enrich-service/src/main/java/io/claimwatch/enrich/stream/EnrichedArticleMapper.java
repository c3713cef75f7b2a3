package io.claimwatch.enrich.stream;

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

    public EnrichedArticle toRecord(Article article, ArticleAnalysis analysis) {
        return EnrichedArticle.newBuilder()
                .setArticleId(article.getId())
                .setVersion(article.getVersion())
                .setUrl(article.getUrl())
                .setPublisher(article.getPublisher())
                .setTitle(article.getTitle())
                .setPublishedAt(article.getPublishedAt())
                .setIngestedAt(article.getIngestedAt())
                .setSentences(analysis.sentences().stream().map(EnrichedArticleMapper::span).toList())
                .setClaims(analysis.claims().stream().map(EnrichedArticleMapper::claim).toList())
                .setAttributions(analysis.attributions().stream().map(EnrichedArticleMapper::attribution).toList())
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

    private static Claim claim(FoundClaim claim) {
        return Claim.newBuilder()
                .setClaimId(claim.claimId())
                .setText(claim.text())
                .setCanonical(claim.canonical())
                .setParticipants(List.copyOf(claim.participants()))
                .setPredicate(claim.predicate())
                .setSpan(span(claim.span()))
                .build();
    }

    private static Attribution attribution(FoundAttribution attribution) {
        return Attribution.newBuilder()
                .setSource(source(attribution.source()))
                .setOrigin(source(attribution.origin()))
                .setSourceSpan(span(attribution.sourceSpan()))
                .setCue(span(attribution.cue()))
                .setContent(span(attribution.content()))
                .setStance(Stance.valueOf(attribution.stance().name()))
                .setConfidence(attribution.confidence())
                .setClaimId(attribution.claimId())
                .setParty(attribution.party())
                .build();
    }
}
