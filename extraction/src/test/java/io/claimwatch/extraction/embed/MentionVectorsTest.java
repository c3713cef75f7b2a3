package io.claimwatch.extraction.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionVectorsTest {
  /** Fixed unit vectors per text; records every batch it is asked for. */
  private static final class TableEmbedder implements SentenceEmbedder {
    private final Map<String, float[]> table;
    final List<List<String>> batches = new ArrayList<>();

    TableEmbedder(Map<String, float[]> table) {
      this.table = table;
    }

    @Override
    public String modelId() {
      return "table";
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[] embed(String text) {
      return table.get(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      batches.add(List.copyOf(texts));
      return texts.stream().map(table::get).toList();
    }
  }

  private final TableEmbedder table = new TableEmbedder(Map.of(
      "ferry halted", new float[] {1, 0},
      "the port says ferry halted", new float[] {0, 1},
      "pier closed", new float[] {0.6f, 0.8f}));

  @Test
  void shouldAddTheWeightedContextWhenTheMentionHasOne() {
    float[] v = new MentionVectors(table, 1f).embedAll(List.of(
        new MentionVectors.Mention("ferry halted", "the port says ferry halted"))).get(0);
    assertThat(v[0]).isCloseTo((float) Math.sqrt(0.5), org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(v[1]).isCloseTo((float) Math.sqrt(0.5), org.assertj.core.data.Offset.offset(1e-6f));
  }

  @Test
  void shouldKeepTheTextVectorWhenThereIsNoContextOrItIsTheTextItself() {
    MentionVectors vectors = new MentionVectors(table, 1.5f);
    List<float[]> out = vectors.embedAll(List.of(new MentionVectors.Mention("ferry halted", null),
        new MentionVectors.Mention("pier closed", "pier closed")));
    assertThat(out.get(0)).containsExactly(1, 0);
    assertThat(out.get(1)).containsExactly(0.6f, 0.8f);
  }

  @Test
  void shouldKeepTheTextVectorWhenTheWeightIsZero() {
    float[] v = new MentionVectors(table, 0f).embedAll(List.of(
        new MentionVectors.Mention("ferry halted", "the port says ferry halted"))).get(0);
    assertThat(v).containsExactly(1, 0);
  }

  @Test
  void shouldEmbedEachDistinctStringOnceInOneBatchWhenTextsRepeat() {
    new MentionVectors(table).embedAll(List.of(
        new MentionVectors.Mention("ferry halted", "the port says ferry halted"),
        new MentionVectors.Mention("pier closed", null),
        new MentionVectors.Mention("ferry halted", "the port says ferry halted")));
    assertThat(table.batches).containsExactly(List.of("ferry halted", "the port says ferry halted", "pier closed"));
  }

  @Test
  void shouldReadNoContextWhenTwoClaimsStandInTheSameSentence() {
    List<float[]> out = new MentionVectors(table, 1.5f).embedAll(List.of(
        new MentionVectors.Mention("ferry halted", "the port says ferry halted"),
        new MentionVectors.Mention("pier closed", "the port says ferry halted")));
    assertThat(out.get(0)).containsExactly(1, 0);
    assertThat(out.get(1)).containsExactly(0.6f, 0.8f);
  }

  @Test
  void shouldRejectANegativeWeightWhenConstructed() {
    assertThatThrownBy(() -> new MentionVectors(table, -0.5f)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldBringTwoOutletsClaimsCloserWhenTheClaimTextLostTheNameTheTitleGives() {
    MentionVectors vectors = new MentionVectors(new OnnxSentenceEmbedder(1));
    MentionVectors textOnly = new MentionVectors(vectors.embedder(), 0f);
    List<MentionVectors.Mention> mentions = List.of(
        new MentionVectors.Mention("The skipper denies sailing drunk",
            "Captain Mira Holm: the skipper denies sailing drunk"),
        new MentionVectors.Mention("Mira Holm was drunk at the helm of the ferry",
            "Coast guard says Mira Holm was drunk at the helm of the ferry"));
    List<float[]> withContext = vectors.embedAll(mentions);
    List<float[]> alone = textOnly.embedAll(mentions);
    assertThat(Vectors.dot(withContext.get(0), withContext.get(1))).isGreaterThan(Vectors.dot(alone.get(0), alone.get(1)));
  }
}
