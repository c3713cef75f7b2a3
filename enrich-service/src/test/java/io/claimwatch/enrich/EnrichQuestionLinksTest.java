package io.claimwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.enrich.stream.ArticleExtractor;
import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.FoundAttribution;
import io.claimwatch.extraction.FoundClaim;
import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.StanceLabel;
import io.claimwatch.extraction.TextSpan;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.extraction.resolve.ClaimIds;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.ClaimMention;
import io.claimwatch.schemas.MentionAssignment;
import io.claimwatch.schemas.QuestionLink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Title questions through the enrich topology: read-only links on {@code news.claims.questions}, never mentions. */
class EnrichQuestionLinksTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final Pattern TOPIC = Pattern.compile("\\bc\\d+\\b");

    /** Each text on the axis of the first topic word ("c1") it names, so a question and a claim about c1 meet. */
    private static final SentenceEmbedder TOPIC_EMBEDDER = new SentenceEmbedder() {
        @Override
        public String modelId() {
            return "topic-axis";
        }

        @Override
        public int dimension() {
            return 16;
        }

        @Override
        public float[] embed(String text) {
            Matcher m = TOPIC.matcher(text);
            float[] v = new float[16];
            v[Math.floorMod(m.find() ? m.group().hashCode() : text.hashCode(), 16)] = 1f;
            return v;
        }
    };

    /** The title is one sentence; each body line {@code claim|source|STANCE} is one attribution, as in EnrichTopologyTest. */
    private static final ArticleExtractor EXTRACTOR = (input, deadline) -> {
        List<TextSpan> sentences = new ArrayList<>(List.of(new TextSpan(input.title(), 0, input.title().length())));
        List<FoundClaim> claims = new ArrayList<>();
        List<FoundAttribution> attributions = new ArrayList<>();
        int offset = input.title().length() + 1;
        for (String line : input.body().isEmpty() ? new String[0] : input.body().split("\n")) {
            String[] parts = line.split("\\|");
            TextSpan span = new TextSpan(line, offset, offset + line.length());
            sentences.add(span);
            claims.add(new FoundClaim(parts[0], "claim " + parts[0], parts[0], List.of(), null, span));
            attributions.add(new FoundAttribution(new FoundSource(parts[1], parts[1], SourceKind.ORGANIZATION, null,
                    null), null, null, span, span, StanceLabel.valueOf(parts[2]), 0.8, parts[0], false));
            offset += line.length() + 1;
        }
        return new ArticleAnalysis(sentences, claims, attributions);
    };

    private EnrichDriver enrich;
    private TestInputTopic<String, Article> raw;
    private TestOutputTopic<String, ClaimMention> mentionVectors;
    private TestOutputTopic<String, MentionAssignment> assignments;
    private TestOutputTopic<String, QuestionLink> questions;

    @BeforeEach
    void start() {
        enrich = new EnrichDriver(EXTRACTOR, TOPIC_EMBEDDER, T0);
        raw = enrich.input(Topics.ARTICLES_RAW, Article.class);
        mentionVectors = enrich.output(Topics.CLAIM_MENTION_VECTORS, ClaimMention.class);
        assignments = enrich.output(Topics.CLAIM_MENTIONS, MentionAssignment.class);
        questions = enrich.output(Topics.CLAIM_QUESTIONS, QuestionLink.class);
    }

    @AfterEach
    void close() {
        enrich.close();
    }

    private static Article article(String id, String title, String body, Instant at) {
        return Article.newBuilder().setId(id).setVersion(1).setContentHash("h").setUrl(id).setPublisher("Daily Example")
                .setPublishedAt(at).setIngestedAt(at).setTitle(title).setBody(body).build();
    }

    @Test
    void shouldLinkTheQuestionToTheClaimWhenTheClaimArrivesAfterTheQuestion() {
        String title = "Was c1 really sold at auction?";
        raw.pipeInput("q1", article("q1", title, "", T0), T0);
        enrich.advanceWallClock(Duration.ofMillis(200));
        assertThat(questions.isEmpty()).as("no claim yet to ask about").isTrue();
        String questionId = ClaimIds.questionId("q1", title);
        TestRecord<String, ClaimMention> flagged = mentionVectors.readRecord();
        assertThat(flagged.key()).isEqualTo(questionId);
        assertThat(flagged.value().getQuestion()).isTrue();

        raw.pipeInput("a1", article("a1", "Auction report", "c1|harbor board|CONFIRMS", T0.plusSeconds(1)),
                T0.plusSeconds(1));
        enrich.advanceWallClock(Duration.ofMillis(200));

        List<TestRecord<String, MentionAssignment>> assigned = assignments.readRecordsToList();
        assertThat(assigned).extracting(TestRecord::key).containsExactly(ClaimIds.mentionId("a1", "claim c1"));
        TestRecord<String, QuestionLink> link = questions.readRecord();
        assertThat(link.key()).isEqualTo(questionId);
        assertThat(link.value().getClaimId()).isEqualTo(assigned.get(0).value().getClaimId());
        assertThat(link.value().getArticleId()).isEqualTo("q1");
        assertThat(link.value().getText()).isEqualTo(title);
    }

    @Test
    void shouldTombstoneTheLinkAndNeverAssignTheQuestionWhenTheQuestionIsRetracted() {
        raw.pipeInput("a1", article("a1", "Auction report", "c7|harbor board|CONFIRMS", T0), T0);
        String title = "Did c7 change hands?";
        raw.pipeInput("q1", article("q1", title, "", T0.plusSeconds(1)), T0.plusSeconds(1));
        assertThat(questions.readRecord().value().getClaimId())
                .isEqualTo(assignments.readRecordsToList().get(0).value().getClaimId());

        raw.pipeInput("q1", null, T0.plusSeconds(2));
        enrich.advanceWallClock(Duration.ofMillis(200));

        TestRecord<String, QuestionLink> tombstone = questions.readRecord();
        assertThat(tombstone.key()).isEqualTo(ClaimIds.questionId("q1", title));
        assertThat(tombstone.value()).isNull();
        assertThat(assignments.isEmpty()).as("a question is never a mention").isTrue();
    }
}
