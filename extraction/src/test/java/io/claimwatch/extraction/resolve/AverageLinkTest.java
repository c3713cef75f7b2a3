package io.claimwatch.extraction.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.embed.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AverageLinkTest {
  private static final double THRESHOLD = 0.58;

  @Test
  void shouldGroupLikeTheAllPairsScanWhenMentionsFormNoisyTopics() {
    for (int seed = 1; seed <= 20; seed++) {
      List<StoredMention> mentions = noisyTopics(new Random(seed), 6, 12, 24);
      Set<Set<String>> fast = asSets(new AverageLink(singletons(mentions), THRESHOLD, THRESHOLD).groups());
      Set<Set<String>> reference = asSets(allPairsScan(mentions, THRESHOLD, THRESHOLD));
      assertThat(fast).as("seed %d", seed).isEqualTo(reference);
      assertThat(fast.size()).as("seed %d found more than one group and fewer than all", seed)
          .isBetween(2, mentions.size() - 1);
    }
  }

  @Test
  void shouldTreatAnAtomOfIdenticalVectorsAsItsMembersWhenEchoesRepeatASentence() {
    Random random = new Random(5);
    List<StoredMention> mentions = noisyTopics(random, 4, 6, 16);
    List<StoredMention> withEchoes = new ArrayList<>(mentions);
    List<List<StoredMention>> atoms = new ArrayList<>();
    for (StoredMention m : mentions) {
      List<StoredMention> atom = new ArrayList<>(List.of(m));
      for (int e = 0; e < random.nextInt(4); e++) {
        StoredMention echo = new StoredMention(m.mentionId() + "-echo" + e, "c", "t", m.vector(), 0);
        atom.add(echo);
        withEchoes.add(echo);
      }
      atoms.add(atom);
    }
    withEchoes.sort(Comparator.comparing(StoredMention::mentionId));
    assertThat(asSets(new AverageLink(atoms, THRESHOLD, THRESHOLD).groups()))
        .isEqualTo(asSets(allPairsScan(withEchoes, THRESHOLD, THRESHOLD)));
  }

  @Test
  void shouldLeaveEveryMentionAloneWhenNoPairReachesTheThreshold() {
    List<StoredMention> mentions = noisyTopics(new Random(3), 5, 1, 32);
    assertThat(new AverageLink(singletons(mentions), 0.99, 0.99).groups()).hasSize(mentions.size());
  }

  @Test
  void shouldKeepStatementsOfOneArticleApartBelowTheSameArticleThresholdWhenArticlesStateSeveralMentions() {
    for (int seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      List<StoredMention> mentions = new ArrayList<>();
      for (StoredMention m : noisyTopics(random, 6, 12, 24)) {
        String id = "article" + random.nextInt(8) + "#" + m.mentionId();
        mentions.add(new StoredMention(id, "c", "t", m.vector(), 0));
      }
      mentions.sort(Comparator.comparing(StoredMention::mentionId));
      List<List<StoredMention>> constrained = new AverageLink(singletons(mentions), THRESHOLD, 0.75).groups();

      assertThat(asSets(constrained)).as("seed %d", seed).isEqualTo(asSets(allPairsScan(mentions, THRESHOLD, 0.75)));
      assertThat(asSets(constrained)).as("seed %d: the constraint changed the grouping", seed)
          .isNotEqualTo(asSets(new AverageLink(singletons(mentions), THRESHOLD, THRESHOLD).groups()));
    }
  }

  private static List<List<StoredMention>> singletons(List<StoredMention> mentions) {
    return mentions.stream().map(m -> List.of(m)).toList();
  }

  private static Set<Set<String>> asSets(List<List<StoredMention>> groups) {
    return groups.stream().map(g -> g.stream().map(StoredMention::mentionId).collect(Collectors.toCollection(TreeSet::new)))
        .collect(Collectors.toSet());
  }

  /** Topics as random unit directions; each mention is its topic's direction plus noise, normalized. */
  private static List<StoredMention> noisyTopics(Random random, int topics, int perTopic, int dims) {
    List<StoredMention> out = new ArrayList<>();
    for (int t = 0; t < topics; t++) {
      float[] centre = gaussian(random, dims, 1.0);
      for (int k = 0; k < perTopic; k++) {
        float[] noise = gaussian(random, dims, 0.9);
        float[] v = new float[dims];
        for (int d = 0; d < dims; d++) {
          v[d] = centre[d] + noise[d];
        }
        out.add(new StoredMention(String.format("m%03d", out.size()), "c", "t", Vectors.normalized(v), 0));
      }
    }
    out.sort(Comparator.comparing(StoredMention::mentionId));
    return out;
  }

  private static float[] gaussian(Random random, int dims, double scale) {
    float[] v = new float[dims];
    for (int d = 0; d < dims; d++) {
      v[d] = (float) (random.nextGaussian() * scale);
    }
    return Vectors.normalized(v);
  }

  private static boolean shareArticle(List<StoredMention> a, List<StoredMention> b) {
    return a.stream().anyMatch(x -> b.stream()
        .anyMatch(y -> ClaimIds.articleOf(x.mentionId()).equals(ClaimIds.articleOf(y.mentionId()))));
  }

  /** The plain all-pairs greedy scan the fast version must agree with. */
  private static List<List<StoredMention>> allPairsScan(List<StoredMention> canonical, double threshold,
                                                        double sameArticle) {
    int n = canonical.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = Vectors.dot(canonical.get(i).vector(), canonical.get(j).vector());
        sim[j][i] = sim[i][j];
      }
    }
    int[] size = new int[n];
    boolean[] alive = new boolean[n];
    List<List<StoredMention>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      alive[i] = true;
      members.add(new ArrayList<>(List.of(canonical.get(i))));
    }
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = threshold;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; alive[i] && j < n; j++) {
          if (sim[i][j] < sameArticle && shareArticle(members.get(i), members.get(j))) {
            continue;
          }
          if (alive[j] && (sim[i][j] > best || bi < 0 && sim[i][j] == best)) {
            best = sim[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bi && k != bj) {
          sim[bi][k] = (size[bi] * sim[bi][k] + size[bj] * sim[bj][k]) / (size[bi] + size[bj]);
          sim[k][bi] = sim[bi][k];
        }
      }
      size[bi] += size[bj];
      alive[bj] = false;
      members.get(bi).addAll(members.get(bj));
    }
    List<List<StoredMention>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (alive[i]) {
        groups.add(members.get(i));
      }
    }
    return groups;
  }
}
