package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person the text makes the voice of an organization counts as that organization's origin. */
class SpokespersonOriginTest {
    private final ArticleAnalyzer analyzer = ArticleAnalyzer.fromResources();

    @Test
    void shouldGiveSpokespersonTheOrganizationAsOriginWhenTheTitleNamesIt() {
        ArticleAnalysis analysis = analyzer.analyze(new ArticleInput("a", "Example Wire", null,
                "Port rejects report on pier sale",
                "Harbor Authority spokesman Piet Vos denied that the authority had agreed to sell the pier."));
        FoundAttribution denial = analysis.attributions().stream()
                .filter(a -> a.source().key().equals("piet-vos")).findFirst().orElseThrow();
        assertThat(denial.stance()).isEqualTo(StanceLabel.DENIES);
        assertThat(denial.origin()).isNotNull();
        assertThat(denial.origin().key()).isEqualTo("harbor-authority");
    }

    @Test
    void shouldNotTurnATitleIntoAnOriginWhenItIsNoSpeakingRole() {
        ArticleAnalysis analysis = analyzer.analyze(new ArticleInput("b", "Example Wire", null,
                "Governor says no decision on tariffs",
                "Governor Ada Lind said that no decision on new tariffs had been made."));
        FoundAttribution statement = analysis.attributions().stream()
                .filter(a -> a.source().key().equals("ada-lind")).findFirst().orElseThrow();
        assertThat(statement.origin()).isNull();
    }
}
