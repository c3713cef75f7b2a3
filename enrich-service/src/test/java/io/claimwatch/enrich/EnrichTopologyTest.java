package io.claimwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.ExtractionOverBudgetException;
import io.claimwatch.extraction.FoundAttribution;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.StanceLabel;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.enrich.stream.ArticleExtractor;
import io.claimwatch.extraction.resolve.ClaimIds;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimMention;
import io.claimwatch.schemas.MentionAssignment;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.Stance;

class EnrichTopologyTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private EnrichDriver enrich;
    private TestInputTopic<String, Article> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, ClaimEvidence> evidence;
    private TestOutputTopic<String, DeadLetter> deadLetters;
    private TestOutputTopic<String, ClaimMention> mentionVectors;
    private TestOutputTopic<String, MentionAssignment> assignments;

    /**
     * A stand-in extractor with a visible rule, so the topology's bookkeeping can be checked exactly: each body
     * line {@code claim|source|STANCE} is one attribution; a body of {@code FAIL} throws.
     */
    private static final ArticleExtractor LINE_EXTRACTOR = (input, deadline) -> {
        if (input.body().equals("FAIL")) {
            throw new IllegalStateException("extractor cannot handle " + input.id());
        }
        if (input.body().equals("SLOW")) {
            throw new ExtractionOverBudgetException(java.time.Duration.ofMillis(2000));
        }
        List<FoundClaim> claims = new ArrayList<>();
        List<FoundAttribution> attributions = new ArrayList<>();
        int offset = input.title().length() + 1;
        for (String line : input.body().split("\n")) {
            String[] parts = line.split("\\|");
            TextSpan span = new TextSpan(line, offset, offset + line.length());
            claims.add(new FoundClaim(parts[0], "claim " + parts[0], parts[0], List.of(), null, span));
            FoundSource source = new FoundSource(parts[1], parts[1], SourceKind.ORGANIZATION, null, null);
            attributions.add(new FoundAttribution(source, null, null, span, span, StanceLabel.valueOf(parts[2]), 0.8,
                    parts[0], false));
            offset += line.length() + 1;
        }
        return new ArticleAnalysis(List.of(), claims, attributions);
    };

    /** The mention id of the stand-in extractor's claim {@code claim} in article {@code articleId}. */
    private static String m(String articleId, String claim) {
        return ClaimIds.mentionId(articleId, "claim " + claim);
    }

    private void start(ArticleExtractor extractor) {
        enrich = new EnrichDriver(extractor, new HashedEmbedder(), T0);
        raw = enrich.input(Topics.ARTICLES_RAW, Article.class);
        enriched = enrich.output(Topics.ARTICLES_ENRICHED, EnrichedArticle.class);
        evidence = enrich.output(Topics.CLAIMS_EVIDENCE, ClaimEvidence.class);
        deadLetters = enrich.output(Topics.ENRICH_DEAD_LETTER, DeadLetter.class);
        mentionVectors = enrich.output(Topics.CLAIM_MENTION_VECTORS, ClaimMention.class);
        assignments = enrich.output(Topics.CLAIM_MENTIONS, MentionAssignment.class);
    }

    @AfterEach
    void close() {
        if (enrich != null) {
            enrich.close();
        }
    }

    private static Article article(String id, int version, String body) {
        return Article.newBuilder().setId(id).setVersion(version).setContentHash("h" + version).setUrl(id)
                .setPublisher("Daily Example").setPublishedAt(T0.plusSeconds(version)).setIngestedAt(T0.plusSeconds(60 + version))
                .setTitle("Title").setBody(body).build();
    }

    @Test
    void shouldPublishEnrichedArticleAndOneFactPerClaimAndSourceWhenArticleArrives() {
        start(LINE_EXTRACTOR);
        raw.pipeInput("a1", article("a1", 1, "c1|kremlin|DENIES\nc1|kremlin|REPORTS\nc2|post|CONFIRMS"), T0);

        EnrichedArticle out = enriched.readValue();
        assertThat(out.getArticleId()).isEqualTo("a1");
        assertThat(out.getAttributions()).hasSize(3);
        List<TestRecord<String, ClaimEvidence>> facts = evidence.readRecordsToList();
        assertThat(facts).extracting(TestRecord::key).containsExactly(m("a1", "c1") + "|kremlin", m("a1", "c2") + "|post");
        assertThat(facts).allSatisfy(f -> assertThat(f.value().getMentionId()).isEqualTo(f.value().getClaimId()));
        assertThat(facts.get(0).value().getStance()).as("the decided stance wins over a relay").isEqualTo(Stance.DENIES);
        assertThat(facts.get(0).value().getEventTime()).isEqualTo(T0.plusSeconds(1));
        assertThat(facts).allSatisfy(f -> assertThat(f.value().getOp()).isEqualTo(EvidenceOp.UPSERT));
    }

    @Test
    void shouldRetractOnlyDroppedFactsWhenNewVersionArrives() {
        start(LINE_EXTRACTOR);
        raw.pipeInput("a1", article("a1", 1, "c1|kremlin|DENIES\nc2|post|CONFIRMS"), T0);
        evidence.readRecordsToList();
        raw.pipeInput("a1", article("a1", 2, "c2|post|REPORTS\nc3|tass|REPORTS"), T0.plusSeconds(5));

        List<ClaimEvidence> facts = evidence.readValuesToList();
        assertThat(facts).extracting(ClaimEvidence::getClaimId, ClaimEvidence::getOp, ClaimEvidence::getArticleVersion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(m("a1", "c1"), EvidenceOp.RETRACT, 2),
                        org.assertj.core.groups.Tuple.tuple(m("a1", "c2"), EvidenceOp.UPSERT, 2),
                        org.assertj.core.groups.Tuple.tuple(m("a1", "c3"), EvidenceOp.UPSERT, 2));
    }

    @Test
    void shouldRetractEveryFactAndTombstoneEnrichedWhenArticleRetracted() {
        start(LINE_EXTRACTOR);
        raw.pipeInput("a1", article("a1", 1, "c1|kremlin|DENIES\nc2|post|CONFIRMS"), T0);
        enriched.readRecordsToList();
        evidence.readRecordsToList();
        raw.pipeInput("a1", null, T0.plusSeconds(10));

        TestRecord<String, EnrichedArticle> tombstone = enriched.readRecord();
        assertThat(tombstone.key()).isEqualTo("a1");
        assertThat(tombstone.value()).isNull();
        assertThat(evidence.readValuesToList()).extracting(ClaimEvidence::getClaimId, ClaimEvidence::getOp)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(m("a1", "c1"), EvidenceOp.RETRACT),
                        org.assertj.core.groups.Tuple.tuple(m("a1", "c2"), EvidenceOp.RETRACT));
        raw.pipeInput("a1", null, T0.plusSeconds(11));
        assertThat(evidence.isEmpty()).as("a second retraction has nothing left to retract").isTrue();
    }

    @Test
    void shouldDeadLetterTheArticleAndKeepProcessingWhenExtractorThrows() {
        start(LINE_EXTRACTOR);
        raw.pipeInput("bad", article("bad", 1, "FAIL"), T0);
        raw.pipeInput("good", article("good", 1, "c9|post|CONFIRMS"), T0.plusSeconds(1));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getKey()).isEqualTo("bad");
        assertThat(letter.getReason()).isEqualTo("processing");
        assertThat(letter.getException()).contains("IllegalStateException").contains("extractor cannot handle bad");
        assertThat(letter.getTopic()).isEqualTo(Topics.ARTICLES_RAW);
        assertThat(letter.getFailedAt()).isEqualTo(T0);
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
        assertThat(evidence.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly(m("good", "c9") + "|post");
    }

    @Test
    void shouldSendOverBudgetDeadLetterAndGoOnWhenExtractionRunsOutOfTime() {
        start(LINE_EXTRACTOR);
        raw.pipeInput("slow", article("slow", 1, "SLOW"), T0);
        raw.pipeInput("next", article("next", 1, "c7|post|CONFIRMS"), T0.plusSeconds(1));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getKey()).isEqualTo("slow");
        assertThat(letter.getReason()).isEqualTo("extraction over budget");
        assertThat(letter.getException()).contains("ExtractionOverBudgetException");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("next");
    }

    @Test
    void shouldGiveTheRealAnalyzerADeadlineWhenArticleIsEnriched() {
        java.util.concurrent.atomic.AtomicReference<io.claimwatch.extraction.Deadline> seen = new java.util.concurrent.atomic.AtomicReference<>();
        start((input, deadline) -> {
            seen.set(deadline);
            return new ArticleAnalysis(List.of(), List.of(), List.of(), List.of("a note"));
        });
        raw.pipeInput("d1", article("d1", 1, "anything"), T0);
        assertThat(seen.get()).isNotNull().isNotSameAs(io.claimwatch.extraction.Deadline.none());
        assertThat(enriched.readValue().getProcessingNotes()).containsExactly("a note");
    }

    @Test
    void shouldSkipOlderVersionWhenNewerAlreadyEnriched() {
        start(LINE_EXTRACTOR);
        raw.pipeInput("a1", article("a1", 3, "c1|kremlin|DENIES"), T0);
        evidence.readRecordsToList();
        raw.pipeInput("a1", article("a1", 2, "c5|post|CONFIRMS"), T0.plusSeconds(1));
        assertThat(evidence.isEmpty()).isTrue();
    }

    @Test
    void shouldEmitEvidenceMatchingAttributionsWhenRealAnalyzerRuns() {
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();
        start(analyzer::analyze);
        Article article = Article.newBuilder(article("r1", 1, "The mayor of Riverton resigned on Monday, two aides said. "
                + "A spokeswoman for the mayor denied that he had resigned.")).setTitle("Riverton mayor resigns, aides say").build();
        raw.pipeInput("r1", article, T0);

        EnrichedArticle out = enriched.readValue();
        long distinctFacts = out.getAttributions().stream().filter(a -> a.getClaimId() != null)
                .map(a -> a.getClaimId() + "|" + a.getSource().getKey()).distinct().count();
        assertThat(evidence.readValuesToList()).hasSize((int) distinctFacts);
        ArticleAnalysis direct = analyzer.analyze(new ArticleInput("r1", "Daily Example", "r1", article.getTitle(), article.getBody()));
        assertThat(out.getAttributions()).hasSameSizeAs(direct.attributions());
    }

    @Test
    void shouldPublishMentionVectorsAndTombstoneDroppedMentionsWhenNewVersionArrives() {
        start(LINE_EXTRACTOR);
        raw.pipeInput("a1", article("a1", 1, "c1|kremlin|DENIES\nc2|post|CONFIRMS"), T0);
        List<TestRecord<String, ClaimMention>> first = mentionVectors.readRecordsToList();
        assertThat(first).extracting(TestRecord::key).containsExactly(m("a1", "c1"), m("a1", "c2"));
        assertThat(first.get(0).value().getEmbedding()).hasSize(16);
        assertThat(first.get(0).value().getModel()).isEqualTo("one-hot");
        assertThat(first.get(0).value().getText()).isEqualTo("claim c1");

        raw.pipeInput("a1", article("a1", 2, "c2|post|REPORTS\nc3|tass|REPORTS"), T0.plusSeconds(5));
        List<TestRecord<String, ClaimMention>> second = mentionVectors.readRecordsToList();
        assertThat(second).extracting(TestRecord::key).containsExactly(m("a1", "c1"), m("a1", "c2"), m("a1", "c3"));
        assertThat(second.get(0).value()).as("the dropped mention is tombstoned").isNull();
    }

    @Test
    void shouldAssignOneClaimToEqualMentionsAndTombstoneThemWhenArticleRetracted() {
        start(LINE_EXTRACTOR);
        raw.pipeInput("a1", article("a1", 1, "c1|kremlin|DENIES"), T0);
        raw.pipeInput("a2", article("a2", 1, "c1|post|CONFIRMS"), T0.plusSeconds(1));
        List<TestRecord<String, MentionAssignment>> assigned = assignments.readRecordsToList();
        assertThat(assigned).extracting(TestRecord::key).containsExactly(m("a1", "c1"), m("a2", "c1"));
        assertThat(assigned.get(1).value().getClaimId()).isEqualTo(assigned.get(0).value().getClaimId());
        assertThat(assigned.get(1).value().getSimilarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(assigned.get(0).value().getArticleId()).isEqualTo("a1");

        raw.pipeInput("a1", null, T0.plusSeconds(2));
        TestRecord<String, MentionAssignment> tombstone = assignments.readRecord();
        assertThat(tombstone.key()).isEqualTo(m("a1", "c1"));
        assertThat(tombstone.value()).isNull();
        assertThat(assignments.isEmpty()).isTrue();
    }
}
