package io.claimwatch.aggregate.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.aggregate.score.FactBrief;
import io.claimwatch.aggregate.score.Facts;
import io.claimwatch.aggregate.score.StatusBounds;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class StoreCodecsTest {
  private final Serde<FactBrief> serde = StoreCodecs.facts();
  private final FactBrief fact = FactBrief.of(Facts.fact("a1", Facts.source("wire", SourceType.PUBLICATION),
      Stance.CONFIRMS, 3).setMentionSimilarity(0.87).build(), StatusBounds.DEFAULTS);

  @Test
  void shouldKeepTheMentionSimilarityWhenAFactIsStoredAndRead() {
    FactBrief back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", fact));
    assertThat(back).isEqualTo(fact);
    assertThat(back.similarity()).isEqualTo(0.87);
  }

  @Test
  void shouldReadAFactOfTheEarlierFormatWhenItsStoreWasWrittenBeforeSimilarities() {
    byte[] current = serde.serializer().serialize("t", fact);
    byte[] earlier = Arrays.copyOf(current, current.length - Double.BYTES);
    earlier[0] = 1;
    FactBrief back = serde.deserializer().deserialize("t", earlier);
    assertThat(back.claimText()).isEqualTo(fact.claimText());
    assertThat(back.similarity()).isZero();
  }
}
