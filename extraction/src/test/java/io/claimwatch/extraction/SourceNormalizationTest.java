package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.attributions;
import static io.claimwatch.extraction.Analyses.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceNormalizationTest {

  @Test
  void shouldStripTitleAndKeepAffiliationWhenSpokesmanIsNamed() {
    FoundSource s = only("Harbor Authority spokesman Piet Vos said the talks were useful.").source();
    assertThat(s.name()).isEqualTo("Piet Vos");
    assertThat(s.type()).isEqualTo(SourceKind.PERSON);
    assertThat(s.affiliation()).isEqualTo("Harbor Authority");
  }

  @Test
  void shouldGiveOneKeyWhenTheSamePersonIsNamedDifferently() {
    List<FoundAttribution> all = attributions("Harbor Authority spokesman Piet Vos said the talks were useful. Vos added that no date was set.");
    assertThat(all).hasSize(2);
    assertThat(all.get(0).source().key()).isEqualTo(all.get(1).source().key());
  }

  @Test
  void shouldTakeAffiliationFromTextWhenPersonIsUnknown() {
    FoundSource s = only("Port Authority spokeswoman Mira Holm said the pier was closed.").source();
    assertThat(s.name()).isEqualTo("Mira Holm");
    assertThat(s.affiliation()).isEqualTo("Port Authority");
  }

  @Test
  void shouldNotTakePrepositionIntoSourceWhenParticipleFollowsComma() {
    FoundAttribution a = only("The council reacted calmly, with spokeswoman Mira Holm noting that no vote was planned.");
    assertThat(a.sourceSpan().text()).isEqualTo("spokeswoman Mira Holm");
  }

  @Test
  void shouldTypeOperatorTableOrganizationWhenNamedByAlias() {
    ArticleAnalyzer withTable = ArticleAnalyzer.withSources(io.claimwatch.extraction.lexicon.SourceDirectory.fromLines(List.of(
        "portside-council\tORGANIZATION\tPortside Council\t-\tPortside Council|City Hall\t-")));
    FoundAttribution a = withTable.analyze(new ArticleInput("t", "Harbor Gazette", null, "Local news",
        "City Hall insisted that the bridge was safe.")).attributions().stream().filter(x -> x.sourceSpan() != null)
        .findFirst().orElseThrow();
    assertThat(a.source().key()).isEqualTo("portside-council");
    assertThat(a.source().type()).isEqualTo(SourceKind.ORGANIZATION);
  }

  @Test
  void shouldMakeOneAnonymousSourceWhenSourcesAreFamiliar() {
    FoundSource s = only("Sources familiar with the talks said a deal was close.").source();
    assertThat(s.type()).isEqualTo(SourceKind.ANONYMOUS);
  }

  @Test
  void shouldTakePublisherFromDatelineWhenPublisherIsMissing() {
    ArticleAnalysis r = Analyses.ANALYZER.analyze(new ArticleInput("d", null, null,
        "OSLO, Dec. 2 (Nordwire) – The ferry company Fjordline was sold to a rival on Monday morning.", ""));
    FoundAttribution lead = r.attributions().get(0);
    assertThat(lead.source().name()).isEqualTo("Nordwire");
    assertThat(lead.source().type()).isEqualTo(SourceKind.PUBLICATION);
  }

  @Test
  void shouldMarkSourceAsPartyWhenItSpeaksForAParticipant() {
    FoundAttribution a = only("Northwind spokeswoman Mira Holm denied that Northwind had sold the pier.");
    assertThat(a.party()).isTrue();
    FoundAttribution b = only("The Harbor Times reported that Northwind had sold the pier.");
    assertThat(b.party()).isFalse();
  }

  @Test
  void shouldNameAnArticleWithoutPublisherAfterItsUrlHostWhenOneIsGiven() {
    ArticleAnalysis r = Analyses.ANALYZER.analyze(new ArticleInput("u", null, "https://www.harbor-gazette.example/news/1",
        "The ferry company Fjordline was sold to a rival on Monday morning", ""));
    assertThat(r.attributions().get(0).source().name()).isEqualTo("harbor-gazette.example");
  }

  @Test
  void shouldCallThePublisherUnknownWhenNeitherNameNorUrlNorDatelineIsGiven() {
    ArticleAnalysis r = Analyses.ANALYZER.analyze(new ArticleInput("sha256:abc", null, null,
        "The ferry company Fjordline was sold to a rival on Monday morning", ""));
    FoundSource publisher = r.attributions().get(0).source();
    assertThat(publisher.name()).isEqualTo("unknown publisher");
    assertThat(publisher.key()).doesNotContain("sha256");
  }
}
