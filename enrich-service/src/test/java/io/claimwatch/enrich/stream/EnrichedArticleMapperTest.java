package io.claimwatch.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.claimwatch.extraction.ArticleAnalysis;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.extraction.adversarial.PathologicalText;
import io.claimwatch.platform.registry.InMemorySchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.EnrichedArticle;

/** The enriched and evidence records of a near-limit article stay below the record bound, whatever its text. */
class EnrichedArticleMapperTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.fromResources();
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @ParameterizedTest
    @EnumSource(value = PathologicalText.class, names = {"LONG_NATURAL_ARTICLE", "SAID_CUES", "NO_SPACES",
            "CITING_CHAIN", "EMOJI_AND_SURROGATES", "TINY_SENTENCES"})
    void shouldKeepRecordsUnderTheBoundWhenBodyIsNearTheIngestLimit(PathologicalText kind) {
        Article article = Article.newBuilder().setId("https://example.org/" + kind).setVersion(1).setContentHash("h")
                .setUrl("https://example.org/" + kind).setPublisher("Poison Gazette").setTitle(kind.title())
                .setBody(kind.body(1_048_000)).setIngestedAt(Instant.parse("2026-05-01T08:00:00Z")).build();
        ArticleAnalysis analysis = ANALYZER.analyze(new ArticleInput(article.getId(), article.getPublisher(),
                article.getUrl(), article.getTitle(), article.getBody()));

        EnrichedArticle record = new EnrichedArticleMapper("test").toRecord(article, analysis);

        byte[] bytes = AvroSerdes.forValues(registry, EnrichedArticle.class).serializer()
                .serialize(Topics.ARTICLES_ENRICHED, record);
        assertThat(bytes.length).isLessThanOrEqualTo(RecordBudget.MAX_RECORD_BYTES + 4096);
        assertThat(record.getProcessingNotes()).anyMatch(n -> n.contains("characters"));
        List<ClaimEvidence> facts = EvidenceDeriver.upserts(record);
        for (ClaimEvidence fact : facts) {
            int size = AvroSerdes.forValues(registry, ClaimEvidence.class).serializer()
                    .serialize(Topics.CLAIMS_EVIDENCE, fact).length;
            assertThat(size).isLessThan(64 * 1024);
        }
    }
}
