package io.claimwatch.tools.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.headline.HeadlineFeatures;
import io.claimwatch.extraction.headline.HeadlineStance;
import io.claimwatch.extraction.headline.HeadlineStanceClassifier;
import io.claimwatch.extraction.headline.LabeledHeadline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlineStanceTrainerTest {

  @Test
  void shouldDropWordsOfFewClaimsWhenTraining(@TempDir Path dir) throws IOException {
    List<LabeledHeadline> examples = new ArrayList<>();
    for (String topic : List.of("comet", "senator", "volcano", "bakery", "robot")) {
      examples.add(new LabeledHeadline("A " + topic + " did it", topic + " story is a hoax", HeadlineStance.AGAINST));
      examples.add(new LabeledHeadline("A " + topic + " did it", topic + " did it, says witness", HeadlineStance.OBSERVING));
    }
    examples.add(new LabeledHeadline("A zebra did it", "zebra did it", HeadlineStance.FOR));
    Path model = dir.resolve("model.tsv");
    new HeadlineStanceTrainer(HeadlineStanceTrainer.Settings.defaults()).trainModel(examples).write(model);
    String text = Files.readString(model);
    assertThat(text).contains("w:hoax\t").contains("lex:refute\t").doesNotContain("w:zebra\t").doesNotContain("w:comet\t");
  }

  @Test
  void shouldWeighJointEmbeddingFeaturesWhenTrainedWithAnEmbedder(@TempDir Path dir) throws IOException {
    // a stand-in embedder: texts mentioning a denial point one way, all others another
    HeadlineFeatures features = HeadlineStanceClassifier.featuresFromResources()
        .withEmbeddings(s -> s.contains("denies") ? new float[] {0, 1} : new float[] {1, 0});
    List<LabeledHeadline> examples = new ArrayList<>();
    for (String topic : List.of("lighthouse", "orchestra", "glacier")) {
      String claim = "The " + topic + " will close next year";
      examples.add(new LabeledHeadline(claim, "Mayor denies the " + topic + " will close", HeadlineStance.AGAINST));
      examples.add(new LabeledHeadline(claim, "The " + topic + " closes next year", HeadlineStance.FOR));
    }
    Path model = dir.resolve("model.tsv");
    new HeadlineStanceTrainer(features, HeadlineStanceTrainer.Settings.defaults()).trainModel(examples).write(model);
    String jd1 = Files.readAllLines(model).stream().filter(l -> l.startsWith("jd:1\t")).findFirst().orElseThrow();
    double[] w = java.util.Arrays.stream(jd1.split("\t")).skip(1).mapToDouble(Double::parseDouble).toArray();
    assertThat(w[HeadlineStance.AGAINST.ordinal()]).isGreaterThan(w[HeadlineStance.FOR.ordinal()]);
  }
}
