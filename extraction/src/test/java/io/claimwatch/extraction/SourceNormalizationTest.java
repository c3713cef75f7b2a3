package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.attributions;
import static io.claimwatch.extraction.Analyses.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceNormalizationTest {

  @Test
  void shouldStripTitleAndKeepAffiliationWhenSpokesmanIsNamed() {
    FoundSource s = only("Kremlin spokesman Dmitry Peskov said the talks were useful.").source();
    assertThat(s.name()).isEqualTo("Dmitry Peskov");
    assertThat(s.type()).isEqualTo(SourceKind.PERSON);
    assertThat(s.affiliation()).isEqualTo("Kremlin");
  }

  @Test
  void shouldGiveOneKeyWhenTheSamePersonIsNamedDifferently() {
    List<FoundAttribution> all = attributions("Kremlin spokesman Dmitry Peskov said the talks were useful. Peskov added that no date was set.");
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
  void shouldTypeAliasTableOrganizationWhenNamedByAlias() {
    FoundSource s = only("Moscow insisted that the border was calm.").source();
    assertThat(s.key()).isEqualTo("kremlin");
    assertThat(s.type()).isEqualTo(SourceKind.ORGANIZATION);
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
    FoundAttribution a = only("The Kremlin denied that Putin met the envoy.");
    assertThat(a.party()).isTrue();
    FoundAttribution b = only("The Harbor Times reported that Putin met the envoy.");
    assertThat(b.party()).isFalse();
  }
}
