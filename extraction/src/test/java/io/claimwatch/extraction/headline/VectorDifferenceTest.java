package io.claimwatch.extraction.headline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class VectorDifferenceTest {

  @Test
  void shouldNameEachComponentAndScaleTheDifferenceWhenGivenTwoVectors() {
    List<HeadlineFeature> f = VectorDifference.features("xd:", new float[] {0.5f, 0.25f, 1}, new float[] {0, 0.75f, 1}, 2);
    assertThat(f).extracting(HeadlineFeature::name).containsExactly("xd:0", "xd:1", "xd:2");
    assertThat(f.get(0).value()).isCloseTo(1.0, Offset.offset(1e-6));
    assertThat(f.get(1).value()).isCloseTo(-1.0, Offset.offset(1e-6));
    assertThat(f.get(2).value()).isZero();
  }
}
