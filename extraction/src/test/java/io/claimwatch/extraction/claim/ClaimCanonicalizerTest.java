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
    String base = id("Trump and Putin spoke by phone");
    assertThat(id("Putin and Trump talked on the phone, report says")).isEqualTo(base);
    assertThat(id("Donald Trump reportedly held a phone conversation with Russian President Vladimir Putin"))
        .isEqualTo(base);
    assertThat(id("Putin phoned the US president-elect, Donald Trump")).isEqualTo(base);
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
    String call = id("Trump and Putin spoke by phone");
    String informed = id("Ukraine was informed of the call");
    String advised = id("Trump advised Putin not to escalate the war");
    assertThat(call).isNotEqualTo(informed).isNotEqualTo(advised);
    assertThat(informed).isNotEqualTo(advised);
  }

  @Test
  void shouldKeepEmbeddedEventParticipantsOutWhenClaimIsAboutBeingInformed() {
    String informed = id("Ukraine was informed of the call");
    assertThat(id("Ukraine was informed about the conversation between Putin and Trump")).isEqualTo(informed);
    assertThat(id("Ukrainian officials were informed of Trump's call with Putin")).isEqualTo(informed);
    assertThat(id("Kyiv was told about the call in advance")).isEqualTo(informed);
    assertThat(id("Trump has communicated with Putin")).isEqualTo(id("Trump and Putin spoke by phone"));
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
