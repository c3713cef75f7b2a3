package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.lexicon.SourceDirectory;
import org.junit.jupiter.api.Test;

/** The negation rule shared with the stance: a main-verb negation leaves the claim text, one inside the content stays. */
class ClaimTextNegationTest {
  private final ClaimTextBuilder builder = new ClaimTextBuilder(ExtractionLexicon.fromResources(), SourceDirectory.empty());
  private final FoundSource mayor = new FoundSource("lena-ortiz", "Lena Ortiz", SourceKind.PERSON, null, null);

  @Test
  void shouldDropTheNegationWhenItIsOnTheMainVerb() {
    assertThat(builder.build("she had not met the governor", mayor)).isEqualTo("Lena Ortiz had met the governor");
  }

  @Test
  void shouldDropAPolarityTailWhenTheNegationItNeededIsDropped() {
    assertThat(builder.build("the levy did not help the harbor at all", null)).isEqualTo("the levy did help the harbor");
    assertThat(builder.build("the old ferry doesn't run anymore", null)).isEqualTo("the old ferry does run");
    assertThat(builder.build("the pier is not at all safe", null)).isEqualTo("the pier is safe");
    assertThat(builder.build("the council will decide, if at all, in May", null)).contains("if at all");
  }

  @Test
  void shouldKeepTheNegationWhenItNegatesAnInfinitive() {
    assertThat(builder.build("the governor urged the council not to sell the pier", null))
        .isEqualTo("the governor urged the council not to sell the pier");
  }

  @Test
  void shouldStateTheNegatedConjunctPositivelyWhenItIsAMentionOfItsOwn() {
    // the negated conjunct is its own mention, denied by its source like any negated main verb
    assertThat(builder.mentions("the council was informed and did not object", null))
        .extracting(ClaimTextBuilder.Mention::text, ClaimTextBuilder.Mention::clause)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("the council was informed", "the council was informed"),
            org.assertj.core.groups.Tuple.tuple("the council did object", "the council did not object"));
  }

  @Test
  void shouldKeepTheNegationWhenItIsInASubordinateClause() {
    assertThat(builder.build("the harbor stays open although the ferries do not run", null))
        .contains("the ferries do not run");
  }

  @Test
  void shouldMakeAContrastiveClauseAMentionWhenItIsCutOffTheEnd() {
    assertThat(builder.mentions("some piers were repaired last spring, while others have not been inspected", null))
        .extracting(ClaimTextBuilder.Mention::clause)
        .containsExactly("some piers were repaired last spring", "others have not been inspected");
  }

  @Test
  void shouldKeepTheNegationWhenItIsTheObjectOfTheMainVerb() {
    assertThat(builder.build("the inspector found no cracks in the pier", null))
        .isEqualTo("the inspector found no cracks in the pier");
  }

  @Test
  void shouldKeepTheNegationWhenTheSentenceEndsAtAnAbbreviationLater() {
    assertThat(builder.build("the harbor master told Mr. Vos the pier would not be sold", null))
        .isEqualTo("the harbor master told Mr. Vos the pier would not be sold");
  }

  @Test
  void shouldKeepTheNegationWhenItFollowsADirective() {
    assertThat(builder.build("the council should not sell the pier", null)).contains("should not sell");
  }

  @Test
  void shouldDropAnAnswerWordWhenItOpensTheClause() {
    assertThat(builder.mentions("No, the ferry company has not sold the pier", null))
        .extracting(ClaimTextBuilder.Mention::clause)
        .containsExactly("the ferry company has not sold the pier");
  }

  @Test
  void shouldNotTakeAnAnswerWordForADeterminerWhenTheClauseIsNegated() {
    assertThat(new PositiveProposition(ExtractionLexicon.fromResources()).of("No, the pier was not sold"))
        .isEqualTo("No, the pier was sold");
  }
}
