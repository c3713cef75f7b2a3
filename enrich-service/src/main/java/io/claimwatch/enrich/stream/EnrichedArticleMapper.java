package io.claimwatch.enrich.stream;

import java.util.ArrayList;
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

/**
 * Turns the extractor's plain-Java analysis of an {@link Article} into the {@link EnrichedArticle} record, bounded by
 * a {@link RecordBudget}: stored texts are cut to field limits, and claims, then attributions, then sentences are kept
 * while the record stays under {@link RecordBudget#MAX_RECORD_BYTES}. The extractor's notes and every cut made here
 * go to {@code processingNotes}. Evidence derived from the record is bounded by the same field limits.
 */
public final class EnrichedArticleMapper {
    private static final int MAX_PARTICIPANTS = 10;
    private static final int OVERHEAD = 64;
    private static final long WORST_SENTENCE = 3L * RecordBudget.SENTENCE_CHARS + OVERHEAD;
    private static final long WORST_CLAIM = 3L * (3 * RecordBudget.TEXT_CHARS + (MAX_PARTICIPANTS + 2) * RecordBudget.NAME_CHARS)
            + 16L * (MAX_PARTICIPANTS + 6) + OVERHEAD;
    private static final long WORST_SOURCE = 3L * 4 * RecordBudget.NAME_CHARS + 4 * 16;
    private static final long WORST_ATTRIBUTION = 2 * WORST_SOURCE
            + 3L * (3 * RecordBudget.NAME_CHARS + RecordBudget.TEXT_CHARS) + 4 * 16 + OVERHEAD;
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
        RecordBudget budget = new RecordBudget();
        EnrichedArticle.Builder record = EnrichedArticle.newBuilder()
                .setArticleId(budget.text(article.getId(), Integer.MAX_VALUE))
                .setVersion(article.getVersion())
                .setUrl(budget.text(article.getUrl(), 2 * RecordBudget.NAME_CHARS))
                .setPublisher(budget.text(article.getPublisher(), RecordBudget.NAME_CHARS))
                .setTitle(budget.text(article.getTitle(), RecordBudget.TEXT_CHARS))
                .setPublishedAt(article.getPublishedAt())
                .setIngestedAt(article.getIngestedAt())
                .setExtractorVersion(extractorVersion);
        for (String note : analysis.notes()) {
            budget.text(note, RecordBudget.NAME_CHARS);
        }
        List<Claim> claims = new ArrayList<>();
        for (FoundClaim claim : analysis.claims()) {
            if (!budget.fits("claims", WORST_CLAIM)) {
                break;
            }
            claims.add(claim(mentionIds.get(claim.claimId()), claim, budget));
        }
        List<Attribution> attributions = new ArrayList<>();
        for (FoundAttribution attribution : analysis.attributions()) {
            if (!budget.fits("attributions", WORST_ATTRIBUTION)) {
                break;
            }
            attributions.add(attribution(attribution, mentionIds.get(attribution.claimId()), budget));
        }
        List<Span> sentences = new ArrayList<>();
        for (TextSpan sentence : analysis.sentences()) {
            if (!budget.fits("sentences", WORST_SENTENCE)) {
                break;
            }
            sentences.add(span(sentence, budget, RecordBudget.SENTENCE_CHARS));
        }
        List<String> notes = new ArrayList<>(analysis.notes().stream().map(n -> n.length() > RecordBudget.NAME_CHARS
                ? n.substring(0, RecordBudget.NAME_CHARS) : n).toList());
        notes.addAll(budget.notes());
        return record.setClaims(claims).setAttributions(attributions).setSentences(sentences)
                .setProcessingNotes(List.copyOf(notes)).build();
    }

    private static Span span(TextSpan span, RecordBudget budget, int maxChars) {
        return span == null ? null : new Span(budget.text(span.text(), maxChars), span.start(), span.end());
    }

    private static Source source(FoundSource source, RecordBudget budget) {
        if (source == null) {
            return null;
        }
        return Source.newBuilder()
                .setKey(budget.text(source.key(), RecordBudget.NAME_CHARS))
                .setName(budget.text(source.name(), RecordBudget.NAME_CHARS))
                .setType(SourceType.valueOf(source.type().name()))
                .setAffiliation(budget.text(source.affiliation(), RecordBudget.NAME_CHARS))
                .setMention(span(source.mention(), budget, RecordBudget.NAME_CHARS))
                .build();
    }

    private static Claim claim(String mentionId, FoundClaim claim, RecordBudget budget) {
        List<String> participants = claim.participants().stream().limit(MAX_PARTICIPANTS)
                .map(p -> budget.text(p, RecordBudget.NAME_CHARS)).toList();
        return Claim.newBuilder()
                .setClaimId(mentionId)
                .setMentionId(mentionId)
                .setText(budget.text(claim.text(), RecordBudget.TEXT_CHARS))
                .setCanonical(budget.text(claim.canonical(), RecordBudget.TEXT_CHARS))
                .setParticipants(participants)
                .setPredicate(budget.text(claim.predicate(), RecordBudget.NAME_CHARS))
                .setSpan(span(claim.span(), budget, RecordBudget.TEXT_CHARS))
                .build();
    }

    private static Attribution attribution(FoundAttribution attribution, String mentionId, RecordBudget budget) {
        return Attribution.newBuilder()
                .setSource(source(attribution.source(), budget))
                .setOrigin(source(attribution.origin(), budget))
                .setSourceSpan(span(attribution.sourceSpan(), budget, RecordBudget.NAME_CHARS))
                .setCue(span(attribution.cue(), budget, RecordBudget.NAME_CHARS))
                .setContent(span(attribution.content(), budget, RecordBudget.TEXT_CHARS))
                .setStance(Stance.valueOf(attribution.stance().name()))
                .setConfidence(attribution.confidence())
                .setClaimId(mentionId)
                .setMentionId(mentionId)
                .setParty(attribution.party())
                .build();
    }
}
