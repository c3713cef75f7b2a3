package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.attributions;
import static io.claimwatch.extraction.Analyses.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks for whom, from the text alone (the bundled source table is empty) and across articles. */
class AffiliationRulesTest {

  @Test
  void shouldMakeTheOrganizationTheOriginWhenTitleNamesASpokesperson() {
    FoundAttribution a = only("Harbor Authority spokeswoman Mira Holm said the pier was closed.");
    assertThat(a.source().name()).isEqualTo("Mira Holm");
    assertThat(a.origin()).isNotNull();
    assertThat(a.origin().name()).isEqualTo("Harbor Authority");
    assertThat(a.origin().type()).isEqualTo(SourceKind.ORGANIZATION);
  }

  @Test
  void shouldMakeTheCompanyTheOriginWhenPossessiveTitleNamesItsChiefExecutive() {
    FoundAttribution a = only("Acme's chief executive Jane Roe said profits had doubled.");
    assertThat(a.source().name()).isEqualTo("Jane Roe");
    assertThat(a.origin().name()).isEqualTo("Acme");
  }

  @Test
  void shouldLearnTheAffiliationWhenAnAppositionNamesTheRole() {
    List<FoundAttribution> all = attributions(
        "Officials met on Monday. Piet Vos, the council's spokesman, was there. Vos said the vote was delayed.");
    FoundAttribution vos = all.stream().filter(a -> a.sourceSpan().text().equals("Vos")).findFirst().orElseThrow();
    assertThat(vos.source().name()).isEqualTo("Piet Vos");
    assertThat(vos.origin()).isNotNull();
    assertThat(vos.origin().key()).isEqualTo("council");
  }

  @Test
  void shouldLearnTheAffiliationWhenAppositionSaysRoleOfOrganization() {
    List<FoundAttribution> all = attributions(
        "Jane Roe, chief executive of Acme Foods, opened the plant. Roe said output would rise.");
    FoundAttribution roe = all.stream().filter(a -> a.sourceSpan().text().equals("Roe")).findFirst().orElseThrow();
    assertThat(roe.origin().name()).isEqualTo("Acme Foods");
  }

  @Test
  void shouldMakeTheOrganizationTheSourceWhenAnUnnamedSpokeswomanSpeaksForIt() {
    List<FoundAttribution> all = attributions("The Transport Ministry closed the bridge. "
        + "A spokeswoman for the ministry said the closure would last a week.");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).source().name()).isEqualTo("Transport Ministry");
    assertThat(all.get(0).source().type()).isEqualTo(SourceKind.ORGANIZATION);
  }

  @Test
  void shouldResolveTheCompanyToTheNamedOrganizationWhenItSpeaksInAStatement() {
    List<FoundAttribution> all = attributions("Acme's chief executive Jane Roe said profits had doubled. "
        + "The company said in a statement that no jobs would be cut.");
    assertThat(all.get(1).source().name()).isEqualTo("Acme");
  }

  @Test
  void shouldCarryTheAffiliationThroughTheArticleWhenOnlyTheSurnameReturns() {
    List<FoundAttribution> all = attributions("Harbor Authority spokeswoman Mira Holm said the pier was closed. "
        + "Holm added that repairs would start soon.");
    assertThat(all.get(1).source().key()).isEqualTo(all.get(0).source().key());
    assertThat(all.get(1).origin().name()).isEqualTo("Harbor Authority");
  }

  @Test
  void shouldNotMakeAnOriginOfATitleThatIsNoSpeakingRole() {
    FoundAttribution a = only("Senator Ada Lind said the budget would pass.");
    assertThat(a.origin()).isNull();
  }

  @Test
  void shouldResolveAPersonAcrossArticlesWhenAnEarlierArticleTaughtTheAffiliation() {
    InMemoryAffiliationMemory memory = new InMemoryAffiliationMemory();
    Analyses.ANALYZER.analyze(new ArticleInput("first", "Harbor Gazette", null, "Pier news",
        "Harbor Authority spokeswoman Mira Holm said the pier was closed."), memory);
    ArticleAnalysis second = Analyses.ANALYZER.analyze(new ArticleInput("second", "Coast Daily", null, "Pier update",
        "Spokeswoman Mira Holm said the pier would reopen on Friday."), memory);
    FoundAttribution holm = second.attributions().stream().filter(a -> a.sourceSpan() != null).findFirst().orElseThrow();
    assertThat(holm.origin()).isNotNull();
    assertThat(holm.origin().name()).isEqualTo("Harbor Authority");
    assertThat(memory.lookup("mira-holm")).hasValueSatisfying(l -> assertThat(l.provenanceArticleId()).isEqualTo("first"));
  }

  @Test
  void shouldNotResolveAcrossArticlesWhenNoMemoryIsGiven() {
    ArticleAnalysis alone = Analyses.ANALYZER.analyze(new ArticleInput("second", "Coast Daily", null, "Pier update",
        "Spokeswoman Mira Holm said the pier would reopen on Friday."));
    assertThat(alone.attributions().stream().filter(a -> a.sourceSpan() != null).findFirst().orElseThrow().origin()).isNull();
  }
}
