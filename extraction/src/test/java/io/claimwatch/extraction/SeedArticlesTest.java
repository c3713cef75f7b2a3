package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.SourceDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed reports (read from {@code claimwatch.shared.dir}/seeds, never copied), analyzed in file order with one
 * affiliation memory as {@code claimwatch analyze} does, with the bundled source table EMPTY: who confirms and who
 * denies comes from the text alone. Claim identity across articles is the claim resolver's job; here the call claim
 * and the "informed" claim are recognized per attribution from their own claim text (a plain word test, no seed text).
 */
class SeedArticlesTest {
  private static final Pattern CALL_WORDS = Pattern.compile("\\b(call|called|phone|phoned|spoke|spoken|conversation|talked|communicated)\\b");
  private static final Map<String, ArticleAnalysis> ANALYSES = new LinkedHashMap<>();
  private static final InMemoryAffiliationMemory MEMORY = new InMemoryAffiliationMemory();

  @BeforeAll
  static void analyzeSeeds() throws IOException {
    Path seeds = Path.of(System.getProperty("claimwatch.shared.dir", "../../shared"), "seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        int nl = text.indexOf('\n');
        ArticleInput in = new ArticleInput(f.getFileName().toString(), null, null, text.substring(0, nl), text.substring(nl + 1));
        ANALYSES.put(in.id(), Analyses.ANALYZER.analyze(in, MEMORY));
      }
    }
  }

  private static String claimText(ArticleAnalysis analysis, FoundAttribution a) {
    return analysis.claims().stream().filter(c -> c.claimId().equals(a.claimId())).map(FoundClaim::text).findFirst()
        .orElse("").toLowerCase(Locale.ROOT);
  }

  /** Attributions whose claim is that the two men talked: both named, a call word, not about being informed. */
  private static List<FoundAttribution> onCall() {
    List<FoundAttribution> out = new ArrayList<>();
    for (ArticleAnalysis analysis : ANALYSES.values()) {
      for (FoundAttribution a : analysis.attributions()) {
        String c = claimText(analysis, a);
        if ((c.contains("putin") || c.contains("russian leader")) && c.contains("trump") && CALL_WORDS.matcher(c).find()
            && !c.contains("inform")) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private static String originKey(FoundAttribution a) {
    return a.origin() != null ? a.origin().key() : a.source().key();
  }

  @Test
  void shouldReadFiveSeedArticlesWithAnEmptySourceTableWhenSharedDirIsSet() {
    assertThat(ANALYSES).hasSize(5);
    assertThat(SourceDirectory.fromResources().size()).isZero();
  }

  @Test
  void shouldMakeThePostTheOnlyConfirmingOriginWhenEchoesRelayTheCall() {
    List<FoundAttribution> confirmations = onCall().stream().filter(a -> a.stance() == StanceLabel.CONFIRMS).toList();
    assertThat(confirmations).hasSizeGreaterThanOrEqualTo(3);
    Set<String> origins = confirmations.stream().map(SeedArticlesTest::originKey).collect(Collectors.toSet());
    assertThat(origins).containsExactly("washington-post");
    assertThat(confirmations).anyMatch(a -> a.origin() != null && !a.source().key().equals("washington-post"));
  }

  @Test
  void shouldRecordTheKremlinsDenialThroughPeskovWhenLearnedFromTheText() {
    List<FoundAttribution> denials = onCall().stream().filter(a -> a.stance() == StanceLabel.DENIES).toList();
    assertThat(denials).anyMatch(a -> a.source().key().equals("dmitry-peskov") && "Kremlin".equals(a.source().affiliation())
        && a.origin() != null && a.origin().key().equals("kremlin"));
    assertThat(denials).anyMatch(a -> a.source().key().equals("kremlin"));
    assertThat(onCall()).filteredOn(a -> originKey(a).equals("kremlin")).allMatch(a -> a.stance() != StanceLabel.CONFIRMS);
    assertThat(MEMORY.lookup("dmitry-peskov")).hasValueSatisfying(l -> assertThat(l.organizationKey()).isEqualTo("kremlin"));
  }

  @Test
  void shouldRecordTrumpsDenialAsAPartyWhenHeSaysTheyHaveNotSpoken() {
    List<FoundAttribution> trump = onCall().stream()
        .filter(a -> a.source().key().equals("donald-trump") && a.stance() == StanceLabel.DENIES).toList();
    assertThat(trump).isNotEmpty().allMatch(FoundAttribution::party);
    assertThat(onCall()).filteredOn(a -> a.source().key().equals("donald-trump")).allMatch(a -> a.stance() != StanceLabel.CONFIRMS);
  }

  @Test
  void shouldRecordTheForeignMinistryDenyingThatUkraineWasInformedWhenSeparateFromTheCall() {
    List<FoundAttribution> ministry = new ArrayList<>();
    for (ArticleAnalysis analysis : ANALYSES.values()) {
      for (FoundAttribution a : analysis.attributions()) {
        boolean isMinistry = a.source().name().contains("Foreign Ministry") || originKey(a).contains("foreign-ministry");
        if (isMinistry && a.stance() == StanceLabel.DENIES && claimText(analysis, a).contains("inform")) ministry.add(a);
      }
    }
    assertThat(ministry).isNotEmpty();
    assertThat(onCall()).filteredOn(a -> originKey(a).contains("foreign-ministry")).allMatch(a -> a.stance() != StanceLabel.CONFIRMS);
  }

  @Test
  void shouldNeverNameASourceAfterAPronounOrTheArticleIdWhenAnalyzingSeeds() {
    Set<String> pronouns = Set.of("i", "we", "he", "she", "it", "they", "you");
    for (ArticleAnalysis a : ANALYSES.values()) {
      for (FoundAttribution x : a.attributions()) {
        assertThat(pronouns).doesNotContain(x.source().name().toLowerCase(Locale.ROOT));
        assertThat(x.source().name()).doesNotContain(".txt");
      }
    }
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
