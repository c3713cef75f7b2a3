package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import org.junit.jupiter.api.Test;

class NegRaisingTest {
  private final ClaimTextBuilder builder = new ClaimTextBuilder(ExtractionLexicon.fromResources(), SourceDirectory.empty());
  private final FoundSource mayor = new FoundSource("lena-ortiz", "Lena Ortiz", SourceKind.PERSON, null, null);

  @Test
  void shouldClaimTheBeliefsComplementWhenTheSpeakerDoesNotHoldIt() {
    assertThat(builder.mentions("I don't think the ferry will run this winter", mayor))
        .extracting(ClaimTextBuilder.Mention::text, ClaimTextBuilder.Mention::negation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("the ferry will run this winter", ClaimTextBuilder.Negation.SOURCE));
    assertThat(builder.build("she did not believe that the council would approve the fares", mayor))
        .isEqualTo("the council would approve the fares");
  }

  @Test
  void shouldKeepTheComplementsPronounWhenItNeedNotBeTheSpeaker() {
    assertThat(builder.build("she does not expect he will resign", mayor)).isEqualTo("he will resign");
  }

  @Test
  void shouldKeepTheBeliefWhenItsObjectIsNoClause() {
    assertThat(builder.build("she does not believe in fare increases", mayor)).isEqualTo("Lena Ortiz does believe in fare increases");
    assertThat(builder.build("she did not expect to win the vote", mayor)).isEqualTo("Lena Ortiz did expect to win the vote");
  }

  @Test
  void shouldLeaveAnUnnegatedBeliefAlone() {
    assertThat(NegRaising.complement("I think the ferry will run", "I think the ferry will run")).isEqualTo("I think the ferry will run");
  }
}
