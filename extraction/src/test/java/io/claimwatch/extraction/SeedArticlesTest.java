package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.claim.ClaimCanonicalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed reports (read from {@code claimwatch.shared.dir}/seeds, never copied): the expectations of the
 * architecture's sample case, checked on the analyzer's ordinary output. The call claim's id is taken from a plain
 * wording of the claim through the same canonicalizer, not from any seed.
 */
class SeedArticlesTest {
  private static final Map<String, ArticleAnalysis> ANALYSES = new LinkedHashMap<>();
  private static String callId;
  private static String informedId;

  @BeforeAll
  static void analyzeSeeds() throws IOException {
    Path seeds = Path.of(System.getProperty("claimwatch.shared.dir", "../../shared"), "seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        int nl = text.indexOf('\n');
        ArticleInput in = new ArticleInput(f.getFileName().toString(), null, null, text.substring(0, nl), text.substring(nl + 1));
        ANALYSES.put(in.id(), Analyses.ANALYZER.analyze(in));
      }
    }
    ClaimCanonicalizer canonicalizer = ClaimCanonicalizer.fromResources();
    callId = canonicalizer.canonicalize("Trump and Putin spoke by phone").claimId();
    informedId = canonicalizer.canonicalize("Ukraine was informed of the call").claimId();
  }

  private static List<FoundAttribution> all() {
    return ANALYSES.values().stream().flatMap(a -> a.attributions().stream()).toList();
  }

  @Test
  void shouldReadFiveSeedArticlesWhenSharedDirIsSet() {
    assertThat(ANALYSES).hasSize(5);
  }

  @Test
  void shouldGiveTheCallClaimOneIdInAllFiveSeedsWhenAnalyzed() {
    for (Map.Entry<String, ArticleAnalysis> e : ANALYSES.entrySet()) {
      assertThat(e.getValue().claims()).as(e.getKey()).anyMatch(c -> c.claimId().equals(callId));
    }
  }

  @Test
  void shouldMakeThePostTheOriginOfRelayedConfirmationsWhenCallIsConfirmed() {
    List<FoundAttribution> confirmations = all().stream()
        .filter(a -> callId.equals(a.claimId()) && a.stance() == StanceLabel.CONFIRMS).toList();
    assertThat(confirmations).hasSizeGreaterThanOrEqualTo(3);
    Set<String> origins = confirmations.stream().map(a -> a.origin() != null ? a.origin().key() : a.source().key())
        .collect(Collectors.toSet());
    assertThat(origins).containsExactly("washington-post");
    assertThat(confirmations).anyMatch(a -> a.origin() != null && a.source().type() == SourceKind.PUBLICATION);
  }

  @Test
  void shouldRecordKremlinAndPeskovDenialsWhenCallIsDenied() {
    List<FoundAttribution> denials = all().stream().filter(a -> callId.equals(a.claimId()) && a.stance() == StanceLabel.DENIES).toList();
    assertThat(denials).anyMatch(a -> a.source().key().equals("dmitry-peskov") && "Kremlin".equals(a.source().affiliation()));
    assertThat(denials).anyMatch(a -> a.source().key().equals("kremlin") && a.party());
    assertThat(all()).filteredOn(a -> callId.equals(a.claimId()) && a.source().key().equals("kremlin"))
        .allMatch(a -> a.stance() != StanceLabel.CONFIRMS);
  }

  @Test
  void shouldRecordUkrainianForeignMinistryDenialOfBeingInformedWhenSeparateFromCall() {
    List<FoundAttribution> ministry = all().stream()
        .filter(a -> a.stance() == StanceLabel.DENIES)
        .filter(a -> a.source().name().contains("Foreign Ministry") || String.valueOf(a.source().affiliation()).contains("Foreign Ministry"))
        .toList();
    assertThat(ministry).isNotEmpty();
    List<FoundClaim> claims = ANALYSES.values().stream().flatMap(a -> a.claims().stream()).toList();
    for (FoundAttribution a : ministry) {
      assertThat(a.claimId()).isNotEqualTo(callId);
      FoundClaim c = claims.stream().filter(x -> x.claimId().equals(a.claimId())).findFirst().orElseThrow();
      assertThat(c.predicate()).isEqualTo("inform");
    }
  }

  @Test
  void shouldGiveTheMinistryDenialTheInformedClaimIdWhenWordedDifferently() {
    assertThat(all()).anyMatch(a -> informedId.equals(a.claimId()) && a.stance() == StanceLabel.DENIES
        && a.source().name().contains("Foreign Ministry"));
  }

  @Test
  void shouldRecordTrumpsNotYetSpokenAsHisDenialWhenToldNbc() {
    List<FoundAttribution> trump = all().stream()
        .filter(a -> a.source().key().equals("donald-trump") && a.stance() == StanceLabel.DENIES && callId.equals(a.claimId()))
        .toList();
    assertThat(trump).isNotEmpty();
    assertThat(trump).allMatch(FoundAttribution::party);
  }

  @Test
  void shouldKeepEveryOffsetInsideTheArticleTextWhenAnalyzingSeeds() {
    List<String> problems = new ArrayList<>();
    for (ArticleAnalysis a : ANALYSES.values()) {
      for (FoundAttribution x : a.attributions()) {
        for (TextSpan s : Stream.of(x.sourceSpan(), x.cue(), x.content()).filter(java.util.Objects::nonNull).toList()) {
          if (s.end() - s.start() != s.text().length()) problems.add(s.toString());
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
