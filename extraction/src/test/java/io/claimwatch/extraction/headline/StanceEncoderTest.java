package io.claimwatch.extraction.headline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.extraction.embed.EmbeddingModel;
import io.claimwatch.extraction.embed.OnnxSentenceEmbedder;
import io.claimwatch.extraction.embed.SentenceEmbedder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentence encoder of the stance model: recorded in the model file, and a mismatch refused. */
class StanceEncoderTest {

  private static SentenceEmbedder fake(String id) {
    return new SentenceEmbedder() {
      @Override
      public String modelId() {
        return id;
      }

      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public float[] embed(String text) {
        return text.contains("hoax") ? new float[] {0, 1} : new float[] {1, 0};
      }
    };
  }

  @Test
  void shouldRecordTheEncoderWhenWritingAndReadingAModel(@TempDir Path dir) throws IOException {
    StanceModel model = new StanceModel(Map.of("cos", new double[] {1, 0, 0}), EmbeddingModel.BGE_SMALL.id(),
        EmbeddingModel.MINILM.id());
    Path file = dir.resolve("stance-model.tsv");
    model.write(file);
    assertThat(Files.readString(file)).contains("@encoder\tbge-small-en-v1.5-q\n@word-encoder\tall-minilm-l6-v2-q\n");
    StanceModel read = StanceModel.read(Files.newInputStream(file));
    assertThat(read.encoder()).isEqualTo("bge-small-en-v1.5-q");
    assertThat(read.wordEncoder()).isEqualTo("all-minilm-l6-v2-q");
    StanceModel same = new StanceModel(Map.of("cos", new double[] {1, 0, 0}), "e5-small-v2-q", null);
    same.write(file);
    assertThat(Files.readString(file)).doesNotContain("@word-encoder");
    assertThat(StanceModel.read(Files.newInputStream(file)).wordEncoder()).isEqualTo("e5-small-v2-q");
  }

  @Test
  void shouldReadAnEmbeddingModelWithoutEncoderLineAsMiniLm() {
    String old = "# headline stance\ncos\t1\t0\t0\nw:hoax\t0\t1\t0\n";
    StanceModel model = StanceModel.read(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));
    assertThat(model.encoder()).isEqualTo(OnnxSentenceEmbedder.MODEL_ID);
    StanceModel words = StanceModel.read(new ByteArrayInputStream("w:hoax\t0\t1\t0\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(words.encoder()).isNull();
  }

  @Test
  void shouldRefuseFeaturesOfAnotherEncoderThanTheModels() {
    StanceModel model = new StanceModel(Map.of("cos", new double[] {1, 0, 0}), EmbeddingModel.BGE_SMALL.id(),
        EmbeddingModel.MINILM.id());
    HeadlineFeatures minilm = HeadlineStanceClassifier.featuresFromResources().withEmbeddings(fake("all-minilm-l6-v2-q"));
    assertThat(minilm.encoder()).isEqualTo("all-minilm-l6-v2-q");
    assertThatThrownBy(() -> new HeadlineStanceClassifier(minilm, model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bge-small-en-v1.5-q").hasMessageContaining("all-minilm-l6-v2-q");
    HeadlineFeatures bgeOnly = HeadlineStanceClassifier.featuresFromResources().withEmbeddings(fake("bge-small-en-v1.5-q"));
    assertThatThrownBy(() -> new HeadlineStanceClassifier(bgeOnly, model))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("word");
    HeadlineFeatures both = HeadlineStanceClassifier.featuresFromResources()
        .withEmbeddings(fake("bge-small-en-v1.5-q"), fake("all-minilm-l6-v2-q"));
    assertThat(both.wordEncoder()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(new HeadlineStanceClassifier(both, model).classify("Squid found", "Squid photo is a hoax")).isNotNull();
  }

  @Test
  void shouldTrainTheBundledModelWithTheStanceEncoder() {
    assertThat(StanceModel.fromResource().encoder()).isEqualTo(HeadlineStanceClassifier.STANCE_ENCODER.id());
    assertThat(StanceModel.fromResource().wordEncoder()).isEqualTo(HeadlineStanceClassifier.STANCE_WORD_ENCODER.id());
    assertThat(EmbeddingModel.byId("bge-small-en-v1.5-q")).isEqualTo(EmbeddingModel.BGE_SMALL);
    assertThatThrownBy(() -> EmbeddingModel.byId("nope")).hasMessageContaining("nope");
  }

  @Test
  void shouldEmbedWithTheSelectedEncoder() {
    SentenceEmbedder e5 = HeadlineStanceClassifier.embedderForStance(EmbeddingModel.E5_SMALL);
    assertThat(e5.modelId()).isEqualTo("e5-small-v2-q");
    float[] a = e5.embed("A giant squid washed up on a beach");
    float[] b = e5.embed("Giant squid found on the beach");
    float[] c = e5.embed("Stock markets fell on Monday");
    assertThat(a).hasSize(384);
    assertThat(dot(a, b)).isGreaterThan(dot(a, c));
    float[] m = new OnnxSentenceEmbedder(1).embed("A giant squid washed up on a beach");
    assertThat(dot(a, m)).isLessThan(0.99); // another model's vector
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
