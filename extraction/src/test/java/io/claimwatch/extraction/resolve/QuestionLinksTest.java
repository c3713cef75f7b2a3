package io.claimwatch.extraction.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.resolve.ResolutionEvent.Asked;
import io.claimwatch.extraction.resolve.ResolutionEvent.Unasked;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuestionLinksTest {
  private static final long T0 = 1_800_000_000_000L;
  private static final ResolverSettings SETTINGS =
      new ResolverSettings(0.80, 0.80, 0.95, Duration.ofDays(30), Linkage.CENTROID, 0);

  private final InMemoryResolverState state = new InMemoryResolverState();
  private final ClaimResolver resolver = new ClaimResolver(state, SETTINGS);
  private final QuestionLinks links = new QuestionLinks(state, resolver);

  private static float[] at(double degrees) {
    double r = Math.toRadians(degrees);
    return new float[] {(float) Math.cos(r), (float) Math.sin(r), 0f};
  }

  private static MentionVector vector(String id, double degrees, long t) {
    return new MentionVector(id, "text " + id, at(degrees), t);
  }

  private String claimOf(List<ResolutionEvent> events) {
    return events.stream().filter(ResolutionEvent.Assigned.class::isInstance).map(ResolutionEvent.Assigned.class::cast)
        .reduce((a, b) -> b).orElseThrow().claimId();
  }

  @Test
  void shouldLinkToTheNearClaimWithoutChangingItWhenAQuestionArrivesAfterTheClaim() {
    String claim = claimOf(resolver.add(vector("a#1", 0, T0)));
    ClaimCluster before = state.cluster(claim).orElseThrow();

    List<ResolutionEvent> events = links.ask(vector("b#q1", 10, T0 + 1));

    assertThat(events).singleElement().isInstanceOfSatisfying(Asked.class, a -> {
      assertThat(a.claimId()).isEqualTo(claim);
      assertThat(a.questionId()).isEqualTo("b#q1");
    });
    assertThat(state.cluster(claim).orElseThrow().members()).isEqualTo(before.members());
    assertThat(resolver.activeClaims()).isEqualTo(1);
    assertThat(state.mention("b#q1")).isEmpty();
  }

  @Test
  void shouldStayUnlinkedUntilAClaimComesNearWhenTheQuestionArrivesFirst() {
    assertThat(links.ask(vector("b#q1", 10, T0))).isEmpty();
    resolver.add(vector("c#1", 90, T0 + 1));
    assertThat(links.recheck(T0 + 1)).isEmpty();

    String claim = claimOf(resolver.add(vector("a#1", 0, T0 + 2)));
    List<ResolutionEvent> events = links.recheck(T0 + 2);

    assertThat(events).singleElement().isInstanceOfSatisfying(Asked.class, a -> assertThat(a.claimId()).isEqualTo(claim));
    assertThat(resolver.activeClaims()).as("the question opened no claim").isEqualTo(2);
  }

  @Test
  void shouldMoveTheLinkWhenACloserClaimAppears() {
    String far = claimOf(resolver.add(vector("a#1", 0, T0)));
    links.ask(vector("q#q1", 30, T0 + 1));
    assertThat(links.links()).containsEntry("q#q1", far);

    String near = claimOf(resolver.add(vector("b#1", 50, T0 + 2)));
    List<ResolutionEvent> events = links.recheck(T0 + 2);

    assertThat(near).isNotEqualTo(far);
    assertThat(events).singleElement().isInstanceOfSatisfying(Asked.class, a -> assertThat(a.claimId()).isEqualTo(near));
  }

  @Test
  void shouldUnlinkWhenItsClaimIsRetractedAndNoOtherIsNear() {
    String claim = claimOf(resolver.add(vector("a#1", 0, T0)));
    links.ask(vector("q#q1", 5, T0 + 1));
    assertThat(links.links()).containsEntry("q#q1", claim);

    resolver.remove("a#1", T0 + 2);
    List<ResolutionEvent> events = links.recheck(T0 + 2);

    assertThat(events).singleElement().isInstanceOf(Unasked.class);
    assertThat(links.links()).isEmpty();
  }

  @Test
  void shouldWithdrawTheLinkWhenTheQuestionIsRetracted() {
    resolver.add(vector("a#1", 0, T0));
    links.ask(vector("q#q1", 5, T0 + 1));

    assertThat(links.retract("q#q1", T0 + 2)).singleElement().isInstanceOf(Unasked.class);
    assertThat(links.size()).isZero();
    assertThat(state.allQuestions()).isEmpty();
  }

  @Test
  void shouldAnswerTheSameLinkAgainWhenAQuestionIsReplayed() {
    String claim = claimOf(resolver.add(vector("a#1", 0, T0)));
    links.ask(vector("q#q1", 5, T0 + 1));

    assertThat(links.ask(vector("q#q1", 5, T0 + 1))).singleElement()
        .isInstanceOfSatisfying(Asked.class, a -> assertThat(a.claimId()).isEqualTo(claim));
    assertThat(links.size()).isEqualTo(1);
  }

  @Test
  void shouldContinueFromTheStoredLinksWhenRebuiltFromTheState() {
    String claim = claimOf(resolver.add(vector("a#1", 0, T0)));
    links.ask(vector("q#q1", 5, T0 + 1));

    QuestionLinks restored = new QuestionLinks(state, new ClaimResolver(state, SETTINGS));

    assertThat(restored.links()).containsEntry("q#q1", claim);
  }

  @Test
  void shouldEndWithTheLinksAFullScanGivesAfterTheRunWhateverTheOrder() {
    Random random = new Random(7);
    List<MentionVector> items = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      double centre = 40 * random.nextInt(8);
      items.add(vector("m" + i + "#1", centre + random.nextGaussian() * 8, T0 + i));
    }
    for (int i = 0; i < 15; i++) {
      items.add(vector("q" + i + "#q1", random.nextDouble() * 320, T0 + 100 + i));
    }
    ResolverSettings regrouping = new ResolverSettings(0.80, 0.80, 0.93, Duration.ofDays(30), Linkage.AVERAGE, 400);
    for (int order = 0; order < 10; order++) {
      Collections.shuffle(items, random);
      InMemoryResolverState s = new InMemoryResolverState();
      ClaimResolver r = new ClaimResolver(s, regrouping);
      QuestionLinks q = new QuestionLinks(s, r);
      for (MentionVector item : items) {
        if (ClaimIds.isQuestionId(item.mentionId())) {
          q.ask(item);
        } else {
          r.assign(item);
        }
        if (random.nextInt(4) == 0) {
          r.regroupPending();
          q.recheck(item.eventTime());
        }
      }
      r.regroupPending();
      q.recheck(T0 + 1_000);

      Map<String, String> fullScan = new HashMap<>();
      for (MentionVector item : items) {
        if (ClaimIds.isQuestionId(item.mentionId())) {
          r.nearestClaim(item.vector()).ifPresent(c -> fullScan.put(item.mentionId(), c));
        }
      }
      assertThat(q.links()).as("order %d", order).isEqualTo(fullScan);
      assertThat(fullScan).as("some questions link").isNotEmpty();
    }
  }

  @Test
  void shouldTellQuestionIdsFromMentionIds() {
    assertThat(ClaimIds.isQuestionId(ClaimIds.questionId("article-1", "Was the ferry sold?"))).isTrue();
    assertThat(ClaimIds.isQuestionId(ClaimIds.mentionId("article-1", "The ferry was sold"))).isFalse();
  }
}
