package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import org.junit.jupiter.api.Test;

class ClaimTextBuilderTest {
  private final ClaimTextBuilder builder = new ClaimTextBuilder(ExtractionLexicon.fromResources(), SourceDirectory.fromResources());
  private final FoundSource mayor = new FoundSource("lena-ortiz", "Lena Ortiz", SourceKind.PERSON, null, null);

  @Test
  void shouldStateThePositiveClaimWhenContentIsNegatedWithPronoun() {
    assertThat(builder.build("she had not yet met the governor, but expects to", mayor)).isEqualTo("Lena Ortiz had met the governor");
  }

  @Test
  void shouldDropReportFramingAndFalsityVerdictWhenContentCallsReportFalse() {
    assertThat(builder.build("the Gazette's reports that the pier was sold are false", null)).isEqualTo("the pier was sold");
  }

  @Test
  void shouldShortenKnownNamesWithTheirTitlesWhenFromAliasTable() {
    assertThat(builder.build("US President-elect Donald Trump has already spoken with Russian President Vladimir Putin", null))
        .isEqualTo("Trump has spoken with Putin");
    assertThat(builder.build("a Trump-Putin phone call", null)).isEqualTo("a Trump and Putin phone call");
  }

  @Test
  void shouldKeepOnlyTheFirstSentenceWhenContentIsAQuoteOfTwo() {
    assertThat(builder.build("“The pier was sold to a rival company. Nobody told us,”", null)).isEqualTo("The pier was sold to a rival company");
  }

  @Test
  void shouldRecognizeAnaphoricContentWhenItOnlyPointsBack() {
    assertThat(builder.isAnaphoric("it false")).isTrue();
    assertThat(builder.isAnaphoric("the report")).isTrue();
    assertThat(builder.isAnaphoric("this information")).isTrue();
    assertThat(builder.isAnaphoric("the pier was sold")).isFalse();
  }
}
