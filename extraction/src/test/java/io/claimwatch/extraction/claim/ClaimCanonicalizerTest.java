package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimCanonicalizerTest {

  private final ClaimCanonicalizer canonicalizer = ClaimCanonicalizer.fromResources();

  private String id(String text) {
    return canonicalizer.canonicalize(text).claimId();
  }

  @Test
  void shouldGiveSameIdWhenInteractionIsParaphrased() {
    String base = id("Holt and Reed spoke by phone");
    assertThat(id("Reed and Holt talked on the phone, report says")).isEqualTo(base);
    assertThat(id("Jane Holt reportedly had a telephone conversation with German Governor Tom Reed"))
        .isEqualTo(base);
    assertThat(id("Reed phoned the incoming mayor, Jane Holt")).isEqualTo(base);
  }

  @Test
  void shouldNotCountRoleQualifiersAsParticipantsWhenTheyPrecedeATitle() {
    assertThat(canonicalizer.canonicalize("The French president called German Chancellor Max Weber").participants())
        .containsExactly("weber");
    assertThat(canonicalizer.canonicalize("Acme spokesman Tom Reed talked with Mayor Jane Holt").participants())
        .containsExactly("holt", "reed");
  }

  @Test
  void shouldGiveDifferentIdsWhenClaimsAboutSamePeopleDiffer() {
    String call = id("Holt and Reed spoke by phone");
    String informed = id("Germany was informed of the call");
    String advised = id("Holt advised Reed not to raise the tariffs");
    assertThat(call).isNotEqualTo(informed).isNotEqualTo(advised);
    assertThat(informed).isNotEqualTo(advised);
  }

  @Test
  void shouldKeepEmbeddedEventParticipantsOutWhenClaimIsAboutBeingInformed() {
    String informed = id("Germany was informed of the call");
    assertThat(id("Germany was informed about the phone talk between Reed and Holt")).isEqualTo(informed);
    assertThat(id("German officials were informed of Holt's call with Reed")).isEqualTo(informed);
    assertThat(id("Germany was told about the call in advance")).isEqualTo(informed);
    assertThat(id("Holt has communicated with Reed")).isEqualTo(id("Holt and Reed spoke by phone"));
  }

  @Test
  void shouldIgnoreAttributionAndHedgesWhenCanonicalizing() {
    assertThat(id("Springfield mayor quits, sources say")).isEqualTo(id("The mayor of Springfield resigned"));
    assertThat(id("Report: giant squid found on Oregon beach")).isEqualTo(id("Giant squid found on Oregon beach"));
  }

  @Test
  void shouldMapPredicateSynonymsToOneClassWhenParsing() {
    CanonicalClaim phoned = canonicalizer.canonicalize("The minister phoned the ambassador");
    CanonicalClaim talked = canonicalizer.canonicalize("The minister talked to the ambassador");
    assertThat(phoned.predicate()).isEqualTo("communicate").isEqualTo(talked.predicate());
    assertThat(canonicalizer.canonicalize("A dog was born with two tails").predicate()).isEqualTo("birth");
    assertThat(canonicalizer.canonicalize("Blue sky over the harbour").predicate()).isNull();
  }

  @Test
  void shouldFindParticipantHeadsThroughTitlesWhenTextIsSentenceCase() {
    CanonicalClaim c = canonicalizer.canonicalize(
        "Prime Minister Anna Berg met with Governor Lukas Stein during a visit to Oslo");
    assertThat(c.participants()).containsExactly("berg", "oslo", "stein");
    assertThat(c.predicate()).isEqualTo("meet");
  }

  @Test
  void shouldNotTreatCapitalsAsNamesWhenTextIsTitleCase() {
    assertThat(canonicalizer.canonicalize("Giant Squid Washes Up On Oregon Beach").participants()).isEmpty();
  }

  @Test
  void shouldNormalizeNumbersWhenWrittenDifferently() {
    CanonicalClaim a = canonicalizer.canonicalize("Teen made 72M trading stocks");
    CanonicalClaim b = canonicalizer.canonicalize("Teen made 72 million trading stocks");
    assertThat(a.canonical()).contains("72");
    assertThat(b.canonical()).contains("72");
  }

  @Test
  void shouldBeDeterministicWhenSeparateInstancesCanonicalize() {
    String text = "A giant squid washed up on a beach in Oregon";
    ClaimCanonicalizer other = ClaimCanonicalizer.fromResources();
    assertThat(other.canonicalize(text)).isEqualTo(canonicalizer.canonicalize(text));
    assertThat(canonicalizer.canonicalize(text).claimId()).matches("[0-9a-f]{16}");
  }

  @Test
  void shouldStillProduceIdWhenTextHasNoContentWords() {
    assertThat(canonicalizer.canonicalize("It is what it is").claimId()).isNotBlank();
    assertThat(canonicalizer.canonicalize("").keyTerms()).isEmpty();
  }
}
