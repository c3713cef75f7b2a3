package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person the source table declares the voice of an organization counts as that organization's origin. */
class SpokespersonOriginTest {
    private final ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();

    @Test
    void shouldGiveSpokespersonTheOrganizationAsOriginWhenTableDeclaresIt() {
        ArticleAnalysis analysis = analyzer.analyze(new ArticleInput("a", "Example Wire", null,
                "Kremlin rejects report on grain deal",
                "Kremlin spokesman Dmitry Peskov denied that Moscow had agreed to extend the grain deal."));
        FoundAttribution denial = analysis.attributions().stream()
                .filter(a -> a.source().key().equals("dmitry-peskov")).findFirst().orElseThrow();
        assertThat(denial.stance()).isEqualTo(StanceLabel.DENIES);
        assertThat(denial.origin()).isNotNull();
        assertThat(denial.origin().key()).isEqualTo("kremlin");
    }

    @Test
    void shouldNotTurnATitleIntoAnOriginWhenTableDeclaresNoAffiliation() {
        ArticleAnalysis analysis = analyzer.analyze(new ArticleInput("b", "Example Wire", null,
                "Trump says no decision on tariffs",
                "US President Donald Trump said that no decision on new tariffs had been made."));
        FoundAttribution statement = analysis.attributions().stream()
                .filter(a -> a.source().key().equals("donald-trump")).findFirst().orElseThrow();
        assertThat(statement.origin()).isNull();
    }
}
