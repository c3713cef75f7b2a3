package io.claimwatch.platform.serde;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;

import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.Attribution;
import io.claimwatch.schemas.Claim;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.RejectedArticle;
import io.claimwatch.schemas.ScorePoint;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceContribution;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Span;
import io.claimwatch.schemas.Stance;
import io.claimwatch.schemas.StatusCounts;
import io.claimwatch.schemas.Verdict;

/** One fully populated instance of every topic's record type, with fixed timestamps. */
public final class SampleRecords {
    public static final Instant PUBLISHED = Instant.parse("2026-03-01T10:15:30Z");
    public static final Instant INGESTED = Instant.parse("2026-03-01T10:16:00Z");

    private SampleRecords() {
    }

    public static List<SpecificRecord> all() {
        return List.of(article(), rejected(), deadLetter(), enriched(), evidence(), status());
    }

    public static Article article() {
        return Article.newBuilder().setId("https://example.org/news/1").setVersion(2).setContentHash("ab12")
                .setUrl("https://example.org/news/1").setPublisher("Example Gazette").setPublishedAt(PUBLISHED)
                .setIngestedAt(INGESTED).setTitle("Mayor resigns").setBody("The mayor of Riverton resigned, aides said.")
                .setLanguage("en").setAuthor("A. Writer").setSourceSystem("cms-1").build();
    }

    public static RejectedArticle rejected() {
        return RejectedArticle.newBuilder().setReason("malformed_json").setField(null).setMessage("unexpected end")
                .setRawPayload("{\"title\":").setPayloadTruncated(false).setPayloadBytes(9).setChannel("http")
                .setRejectedAt(INGESTED).build();
    }

    public static DeadLetter deadLetter() {
        return DeadLetter.newBuilder().setApplication("claimwatch-enrich").setTopic("news.articles.raw").setPartition(2)
                .setOffset(42L).setKey("https://example.org/news/1").setReason("processing")
                .setException("java.lang.IllegalStateException: boom").setStackTrace("at x")
                .setPayload(ByteBuffer.wrap(new byte[] {1, 2, 3})).setFailedAt(INGESTED).build();
    }

    public static Source source() {
        return Source.newBuilder().setKey("riverton city hall").setName("Jane Roe").setType(SourceType.PERSON)
                .setAffiliation("Riverton City Hall").setMention(new Span("a spokeswoman", 50, 63)).build();
    }

    public static EnrichedArticle enriched() {
        Claim claim = Claim.newBuilder().setClaimId("c-1").setText("The mayor of Riverton resigned")
                .setCanonical("resign|riverton mayor").setParticipants(List.of("riverton mayor")).setPredicate("resign")
                .setSpan(new Span("The mayor of Riverton resigned", 14, 44)).build();
        Attribution attribution = Attribution.newBuilder().setSource(source()).setOrigin(null)
                .setSourceSpan(new Span("aides", 46, 51)).setCue(new Span("said", 52, 56))
                .setContent(new Span("The mayor of Riverton resigned", 14, 44)).setStance(Stance.CONFIRMS)
                .setConfidence(0.9).setClaimId("c-1").build();
        return EnrichedArticle.newBuilder().setArticleId("https://example.org/news/1").setVersion(2)
                .setUrl("https://example.org/news/1").setPublisher("Example Gazette").setTitle("Mayor resigns")
                .setPublishedAt(PUBLISHED).setIngestedAt(INGESTED).setSentences(List.of(new Span("Mayor resigns", 0, 13)))
                .setClaims(List.of(claim)).setAttributions(List.of(attribution)).setExtractorVersion("1").build();
    }

    public static ClaimEvidence evidence() {
        return ClaimEvidence.newBuilder().setClaimId("c-1").setArticleId("https://example.org/news/1").setArticleVersion(2)
                .setOp(EvidenceOp.UPSERT).setSource(source()).setOrigin(null).setStance(Stance.DENIES).setConfidence(0.8)
                .setParty(true).setClaimText("The mayor of Riverton resigned").setQuote("That is false")
                .setPublisher("Example Gazette").setArticleUrl("https://example.org/news/1").setEventTime(PUBLISHED)
                .setIngestedAt(INGESTED).build();
    }

    public static ClaimStatus status() {
        SourceContribution contribution = SourceContribution.newBuilder().setName("Jane Roe").setKey("riverton city hall")
                .setType(SourceType.PERSON).setOrigin(null).setRelayedBy(List.of("Example Gazette")).setStance(Stance.DENIES)
                .setWeight(1.0).setParty(true).setQuote("That is false").setArticleIds(List.of("https://example.org/news/1"))
                .setArticleUrls(List.of("https://example.org/news/1")).setLastSeen(PUBLISHED).build();
        return ClaimStatus.newBuilder().setClaimId("c-1").setText("The mayor of Riverton resigned").setVerdict(Verdict.DENIED)
                .setScore(-0.5).setConfirmWeight(0).setDenyWeight(1.0)
                .setCounts(new StatusCounts(0, 1, 0, 1, 1, 1)).setSources(List.of(contribution))
                .setArticleIds(List.of("https://example.org/news/1"))
                .setHistory(List.of(new ScorePoint(PUBLISHED, -0.5, Verdict.DENIED, "https://example.org/news/1")))
                .setFirstSeen(PUBLISHED).setUpdatedAt(PUBLISHED).setLastIngestedAt(INGESTED).build();
    }
}
