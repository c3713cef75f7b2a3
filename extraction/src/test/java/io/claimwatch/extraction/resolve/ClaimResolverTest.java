package io.claimwatch.extraction.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.embed.Vectors;
import io.claimwatch.extraction.resolve.ResolutionEvent.Assigned;
import io.claimwatch.extraction.resolve.ResolutionEvent.Merged;
import io.claimwatch.extraction.resolve.ResolutionEvent.Unassigned;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimResolverTest {
  private static final long T0 = 1_800_000_000_000L;
  private static final ResolverSettings SETTINGS = new ResolverSettings(0.80, 0.80, 0.85, Duration.ofDays(30), Linkage.CENTROID, 0);

  private final InMemoryResolverState state = new InMemoryResolverState();
  private final ClaimResolver resolver = new ClaimResolver(state, SETTINGS);

  /** A unit vector at {@code degrees} in the plane (cosine of two such vectors = cos of the angle between them). */
  private static float[] at(double degrees) {
    double r = Math.toRadians(degrees);
    return new float[] {(float) Math.cos(r), (float) Math.sin(r), 0f};
  }

  private static MentionVector mention(String id, double degrees, long t) {
    return new MentionVector(id, "text " + id, at(degrees), t);
  }

  private static Assigned assigned(List<ResolutionEvent> events, String mentionId) {
    return events.stream().filter(e -> e instanceof Assigned a && a.mentionId().equals(mentionId))
        .map(Assigned.class::cast).reduce((a, b) -> b).orElseThrow();
  }

  @Test
  void shouldOpenNewClaimWhenNoClaimIsNearEnough() {
    Assigned first = assigned(resolver.add(mention("m1", 0, T0)), "m1");
    Assigned second = assigned(resolver.add(mention("m2", 60, T0 + 1)), "m2");

    assertThat(second.claimId()).isNotEqualTo(first.claimId());
    assertThat(first.similarity()).isEqualTo(1.0);
    assertThat(resolver.activeClaims()).isEqualTo(2);
  }

  @Test
  void shouldJoinNearestClaimWhenSimilarityReachesThreshold() {
    String c1 = assigned(resolver.add(mention("m1", 0, T0)), "m1").claimId();
    resolver.add(mention("m2", 90, T0 + 1));
    Assigned joined = assigned(resolver.add(mention("m3", 20, T0 + 2)), "m3");

    assertThat(joined.claimId()).isEqualTo(c1);
    assertThat(joined.similarity()).isCloseTo(Math.cos(Math.toRadians(20)), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(state.members(c1)).containsExactlyInAnyOrder("m1", "m3");
  }

  @Test
  void shouldOpenNewClaimWhenTheNearestClaimAlreadyHoldsAStatementOfTheSameArticleBelowItsThreshold() {
    ClaimResolver strict = new ClaimResolver(new InMemoryResolverState(),
        new ResolverSettings(0.80, 0.95, 0.99, Duration.ofDays(30), Linkage.CENTROID, 0));
    String first = assigned(strict.add(mention("a#1", 0, T0)), "a#1").claimId();
    String sameArticle = assigned(strict.add(mention("a#2", 20, T0 + 1)), "a#2").claimId();
    String otherArticle = assigned(strict.add(mention("b#1", 5, T0 + 2)), "b#1").claimId();

    assertThat(sameArticle).as("cos 0.94 < 0.95 within one article").isNotEqualTo(first);
    assertThat(otherArticle).as("cos 0.996 to a#1 from another article").isEqualTo(first);
  }

  @Test
  void shouldMergeSmallerClaimIntoLargerAndRedirectWhenCentroidsComeClose() {
    // Two claims 39 degrees apart (cos 0.78, below assign 0.80); a mention in between pulls the smaller one within
    // 30 degrees of the larger (cos 0.87, above merge 0.85).
    String big = assigned(resolver.add(mention("a1", 0, T0)), "a1").claimId();
    resolver.add(mention("a2", 2, T0 + 1));
    String small = assigned(resolver.add(mention("b1", 40, T0 + 2)), "b1").claimId();
    assertThat(small).isNotEqualTo(big);

    List<ResolutionEvent> events = resolver.add(mention("x", 22, T0 + 3));

    Merged merged = events.stream().filter(Merged.class::isInstance).map(Merged.class::cast).findFirst().orElseThrow();
    assertThat(merged.claimId()).isEqualTo(small);
    assertThat(merged.mergedInto()).isEqualTo(big);
    assertThat(merged.mentionsMoved()).isEqualTo(2);
    assertThat(assigned(events, "b1").claimId()).as("moved mention re-announced").isEqualTo(big);
    assertThat(assigned(events, "x").claimId()).isEqualTo(big);
    assertThat(resolver.resolve(small)).isEqualTo(big);
    assertThat(state.members(big)).containsExactlyInAnyOrder("a1", "a2", "b1", "x");
    assertThat(resolver.activeClaims()).isEqualTo(1);
  }

  @Test
  void shouldFollowRedirectChainsWhenSurvivorIsMergedAgain() {
    state.putRedirect("c-old", "c-mid");
    state.putRedirect("c-mid", "c-new");

    assertThat(resolver.resolve("c-old")).isEqualTo("c-new");
    assertThat(resolver.resolve("c-new")).isEqualTo("c-new");
  }

  @Test
  void shouldRemoveMentionFromItsClaimAndDropEmptyClaimWhenRetracted() {
    String c1 = assigned(resolver.add(mention("m1", 0, T0)), "m1").claimId();
    resolver.add(mention("m2", 10, T0 + 1));

    assertThat(resolver.remove("m2", T0 + 2)).containsExactly(new Unassigned("m2", T0 + 2));
    assertThat(state.cluster(c1).orElseThrow().members()).isEqualTo(1);
    assertThat(Vectors.cosine(state.cluster(c1).orElseThrow().centroid(), at(0))).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-6));

    resolver.remove("m1", T0 + 3);
    assertThat(state.cluster(c1)).isEmpty();
    assertThat(resolver.activeClaims()).isZero();
  }

  @Test
  void shouldAnswerSameClaimWithoutChangeWhenMentionArrivesAgain() {
    String c1 = assigned(resolver.add(mention("m1", 0, T0)), "m1").claimId();
    resolver.add(mention("m2", 10, T0 + 1));

    List<ResolutionEvent> again = resolver.add(mention("m2", 10, T0 + 5));

    assertThat(again).hasSize(1);
    assertThat(assigned(again, "m2").claimId()).isEqualTo(c1);
    assertThat(state.cluster(c1).orElseThrow().members()).isEqualTo(2);
  }

  @Test
  void shouldExpireClaimsWhenNotMentionedWithinActiveWindow() {
    String old = assigned(resolver.add(mention("m1", 0, T0)), "m1").claimId();
    long later = T0 + Duration.ofDays(31).toMillis();

    String fresh = assigned(resolver.add(mention("m2", 0, later)), "m2").claimId();

    assertThat(fresh).isNotEqualTo(old);
    assertThat(state.cluster(old)).isEmpty();
    assertThat(state.mention("m1")).isEmpty();
  }

  @Test
  void shouldGiveSameAnswersWhenRebuiltFromItsStateAfterRestart() {
    resolver.add(mention("m1", 0, T0));
    String c2 = assigned(resolver.add(mention("m2", 90, T0 + 1)), "m2").claimId();

    ClaimResolver restarted = new ClaimResolver(state, SETTINGS);

    assertThat(restarted.activeClaims()).isEqualTo(2);
    assertThat(assigned(restarted.add(mention("m3", 85, T0 + 2)), "m3").claimId()).isEqualTo(c2);
  }

  @Test
  void shouldEndWithTheSameGroupingWhateverTheArrivalOrderWhenRegroupingIsOn() {
    ResolverSettings regrouping = new ResolverSettings(0.80, 0.80, 0.85, Duration.ofDays(30), Linkage.AVERAGE, 100);
    double[] angles = {0, 8, 16, 24, 32, 40, 48, 56, 90, 97, 104};
    java.util.Set<java.util.Set<String>> reference = null;
    java.util.Random random = new java.util.Random(7);
    for (int trial = 0; trial < 20; trial++) {
      List<Integer> order = new java.util.ArrayList<>();
      for (int i = 0; i < angles.length; i++) {
        order.add(i);
      }
      java.util.Collections.shuffle(order, random);
      InMemoryResolverState s = new InMemoryResolverState();
      ClaimResolver r = new ClaimResolver(s, regrouping);
      java.util.Map<String, String> claimOf = new java.util.HashMap<>();
      for (int i : order) {
        for (ResolutionEvent e : r.add(mention("m" + i, angles[i], T0 + claimOf.size()))) {
          if (e instanceof Assigned a) {
            claimOf.put(a.mentionId(), a.claimId());
          }
        }
      }
      java.util.Map<String, java.util.Set<String>> groups = new java.util.TreeMap<>();
      claimOf.forEach((m, c) -> groups.computeIfAbsent(r.resolve(c), k -> new java.util.TreeSet<>()).add(m));
      java.util.Set<java.util.Set<String>> grouping = new java.util.HashSet<>(groups.values());
      if (reference == null) {
        reference = grouping;
      }
      assertThat(grouping).as("trial %d, order %s", trial, order).isEqualTo(reference);
    }
    assertThat(reference).hasSizeGreaterThan(1);
  }

  @Test
  void shouldReachTheImmediateGroupingWhenRegroupingRunsOncePerBatch() {
    ResolverSettings regrouping = new ResolverSettings(0.80, 0.80, 0.85, Duration.ofDays(30), Linkage.AVERAGE, 100);
    double[] angles = {0, 8, 16, 24, 32, 40, 48, 56, 90, 97, 104};
    ClaimResolver immediate = new ClaimResolver(new InMemoryResolverState(), regrouping);
    InMemoryResolverState batchState = new InMemoryResolverState();
    ClaimResolver batched = new ClaimResolver(batchState, regrouping);
    java.util.Map<String, String> immediateClaims = new java.util.HashMap<>();
    java.util.Map<String, String> batchedClaims = new java.util.HashMap<>();
    for (int i = 0; i < angles.length; i++) {
      immediate.add(mention("m" + i, angles[i], T0 + i)).forEach(e -> record(e, immediateClaims));
      batched.assign(mention("m" + i, angles[i], T0 + i)).forEach(e -> record(e, batchedClaims));
    }
    assertThat(batched.pendingRegroups()).isPositive();
    assertThat(batchState.pendingRegroups()).as("marks are kept in the state for a restart").isNotEmpty();

    ClaimResolver restarted = new ClaimResolver(batchState, regrouping);
    restarted.regroupPending().forEach(e -> record(e, batchedClaims));

    assertThat(restarted.pendingRegroups()).isZero();
    assertThat(batchState.pendingRegroups()).isEmpty();
    assertThat(groups(batchedClaims, restarted)).isEqualTo(groups(immediateClaims, immediate));
  }

  private static void record(ResolutionEvent e, java.util.Map<String, String> claimOf) {
    if (e instanceof Assigned a) {
      claimOf.put(a.mentionId(), a.claimId());
    }
  }

  private static java.util.Set<java.util.Set<String>> groups(java.util.Map<String, String> claimOf, ClaimResolver r) {
    java.util.Map<String, java.util.Set<String>> groups = new java.util.TreeMap<>();
    claimOf.forEach((m, c) -> groups.computeIfAbsent(r.resolve(c), k -> new java.util.TreeSet<>()).add(m));
    return new java.util.HashSet<>(groups.values());
  }
}
