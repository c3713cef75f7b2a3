package io.claimwatch.enrich;


import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimwatch.enrich.stream.ArticleExtractor;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.Attribution;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.SourceAffiliation;

/** Learned affiliations go to the compacted topic and come back through the global store for later articles. */
class EnrichAffiliationsTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private EnrichDriver enrich;
    private TestInputTopic<String, Article> raw;
    private TestInputTopic<String, SourceAffiliation> affiliationsIn;
    private TestOutputTopic<String, SourceAffiliation> affiliationsOut;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    @BeforeEach
    void start() {
        enrich = new EnrichDriver(ArticleExtractor.of(ArticleAnalyzer.fromResources()), new HashedEmbedder(), T0);
        raw = enrich.input(Topics.ARTICLES_RAW, Article.class);
        affiliationsIn = enrich.input(Topics.SOURCES_AFFILIATIONS, SourceAffiliation.class);
        affiliationsOut = enrich.output(Topics.SOURCES_AFFILIATIONS, SourceAffiliation.class);
        enriched = enrich.output(Topics.ARTICLES_ENRICHED, EnrichedArticle.class);
    }

    @AfterEach
    void close() {
        enrich.close();
    }

    private static Article article(String id, String body) {
        return Article.newBuilder().setId(id).setVersion(1).setContentHash("h-" + id).setUrl(id)
                .setPublisher("Daily Example").setPublishedAt(T0).setIngestedAt(T0.plusSeconds(60))
                .setTitle("Pier news").setBody(body).build();
    }

    private static Attribution byName(EnrichedArticle a, String name) {
        return a.getAttributions().stream().filter(x -> x.getSource().getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shouldPublishTheLearnedAffiliationWithItsProvenanceWhenTheTextStatesIt() {
        raw.pipeInput("a1", article("a1", "Harbor Authority spokeswoman Mira Holm said the pier was closed."), T0);
        List<TestRecord<String, SourceAffiliation>> learned = affiliationsOut.readRecordsToList();
        assertThat(learned).hasSize(1);
        assertThat(learned.get(0).key()).isEqualTo("mira-holm");
        assertThat(learned.get(0).value().getOrganizationName()).isEqualTo("Harbor Authority");
        assertThat(learned.get(0).value().getProvenanceArticleId()).isEqualTo("a1");
    }

    @Test
    void shouldResolveALaterArticleThroughTheGlobalStoreWhenItNamesOnlyThePerson() {
        raw.pipeInput("a1", article("a1", "Harbor Authority spokeswoman Mira Holm said the pier was closed."), T0);
        for (TestRecord<String, SourceAffiliation> r : affiliationsOut.readRecordsToList()) {
            affiliationsIn.pipeInput(r.key(), r.value(), T0.plusSeconds(1));
        }
        enriched.readRecordsToList();
        raw.pipeInput("a2", article("a2", "Spokeswoman Mira Holm said the pier would reopen on Friday."), T0.plusSeconds(2));
        EnrichedArticle second = enriched.readValue();
        Attribution holm = byName(second, "Mira Holm");
        assertThat(holm.getOrigin()).isNotNull();
        assertThat(holm.getOrigin().getName()).isEqualTo("Harbor Authority");
        assertThat(affiliationsOut.isEmpty()).as("nothing new was learned").isTrue();
    }
}
