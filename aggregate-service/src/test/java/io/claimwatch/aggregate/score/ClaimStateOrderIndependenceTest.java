package io.claimwatch.aggregate.score;

import static io.claimwatch.aggregate.score.Facts.CLAIM;
import static io.claimwatch.aggregate.score.Facts.fact;
import static io.claimwatch.aggregate.score.Facts.retract;
import static io.claimwatch.aggregate.score.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Order independence: each fact identity (article, source) has its own operation sequence (Kafka keeps that order,
 * since every fact of a claim lives in one partition and an article's versions are produced in order); any
 * interleaving of those sequences must end in the same status, apart from history, updatedAt and lastIngestedAt.
 */
class ClaimStateOrderIndependenceTest {

  private static final List<Source> SOURCES = List.of(
      source("the washington post", SourceType.PUBLICATION), source("kremlin", SourceType.ORGANIZATION),
      source("officials", SourceType.ANONYMOUS), source("minister", SourceType.PERSON),
      source("tass", SourceType.PUBLICATION), source("someone", SourceType.UNKNOWN));
  private final ClaimScorer scorer = new ClaimScorer(ScoringConfig.DEFAULTS);

  @Property(tries = 300)
  void shouldEndInTheSameStatusWhenTheSameEvidenceIsInterleavedDifferently(
      @ForAll("scripts") List<List<ClaimEvidence>> scripts, @ForAll long seedA, @ForAll long seedB) {
    ClaimState a = replay(interleave(scripts, new Random(seedA)));
    ClaimState b = replay(interleave(scripts, new Random(seedB)));

    assertThat(a.facts()).containsExactlyElementsOf(b.facts());
    if (a.isEmpty()) {
      assertThat(a.status()).isNull();
      assertThat(b.status()).isNull();
    } else {
      ClaimStatus expected = StatusComparison.withoutHistory(scorer.score(CLAIM, a.facts()));
      assertThat(StatusComparison.withoutHistory(a.status())).isEqualTo(expected);
      assertThat(StatusComparison.withoutHistory(b.status())).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<List<List<ClaimEvidence>>> scripts() {
    Arbitrary<List<ClaimEvidence>> script = Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, SOURCES.size() - 1),
            Arbitraries.integers().between(-1, 1),
            Arbitraries.of(Stance.class),
            Arbitraries.of(Stance.class),
            Arbitraries.integers().between(0, 240),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false))
        .as(ClaimStateOrderIndependenceTest::script);
    return script.list().ofMinSize(1).ofMaxSize(10).uniqueElements(s -> FactKey.of(s.getFirst()));
  }

  private static List<ClaimEvidence> script(int article, int sourceIndex, int originIndex, Stance first,
      Stance second, int minute, int shape, boolean party) {
    Source source = SOURCES.get(sourceIndex);
    ClaimEvidence.Builder v1 = fact("a" + article, source, first, minute).setParty(party);
    if (originIndex >= 0 && SOURCES.get(originIndex) != source) {
      v1.setOrigin(SOURCES.get(originIndex));
    }
    List<ClaimEvidence> ops = new ArrayList<>();
    ops.add(v1.build());
    if (shape == 1 || shape == 3) {
      ops.add(ClaimEvidence.newBuilder(v1.build()).setArticleVersion(2).setStance(second)
          .setEventTime(v1.getEventTime().plusSeconds(600)).build());
    }
    if (shape >= 2) {
      ops.add(retract(ops.getLast(), 3));
    }
    return ops;
  }

  /** A random merge of the scripts that keeps each script's own order. */
  private static List<ClaimEvidence> interleave(List<List<ClaimEvidence>> scripts, Random random) {
    List<Integer> turns = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      for (int j = 0; j < scripts.get(i).size(); j++) {
        turns.add(i);
      }
    }
    Collections.shuffle(turns, random);
    int[] next = new int[scripts.size()];
    List<ClaimEvidence> merged = new ArrayList<>(turns.size());
    for (int turn : turns) {
      merged.add(scripts.get(turn).get(next[turn]++));
    }
    return merged;
  }

  private ClaimState replay(List<ClaimEvidence> evidence) {
    ClaimState state = ClaimState.empty();
    for (ClaimEvidence e : evidence) {
      state = state.apply(CLAIM, e, scorer).state();
    }
    return state;
  }
}
