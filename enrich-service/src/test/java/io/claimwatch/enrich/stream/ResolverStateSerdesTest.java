package io.claimwatch.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.resolve.StoredMention;
import io.claimwatch.extraction.resolve.StoredQuestion;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class ResolverStateSerdesTest {
  private static final float[] VECTOR = {0.25f, -1.5f, 3.0e-7f, Float.MIN_VALUE, 0f};

  @Test
  void shouldReadBackTheSameMentionWhenItWasWritten() {
    Serde<StoredMention> serde = ResolverStateSerdes.mentions();
    StoredMention m = new StoredMention("a#1", "c1", "The council did not vote", VECTOR, 1_700_000_000_000L);
    StoredMention back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", m));
    assertThat(back.mentionId()).isEqualTo("a#1");
    assertThat(back.claimId()).isEqualTo("c1");
    assertThat(back.text()).isEqualTo("The council did not vote");
    assertThat(back.vector()).containsExactly(VECTOR);
    assertThat(back.eventTime()).isEqualTo(1_700_000_000_000L);
  }

  @Test
  void shouldReadBackLinkedAndUnlinkedQuestionsWhenTheyWereWritten() {
    Serde<StoredQuestion> serde = ResolverStateSerdes.questions();
    StoredQuestion linked = new StoredQuestion("a#q1", "Was the pier sold?", VECTOR, 7L, "c9", 0.61);
    StoredQuestion unlinked = new StoredQuestion("b#q2", "Is the mayor out?", VECTOR, 8L, null, 0.0);

    StoredQuestion back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", linked));
    StoredQuestion none = serde.deserializer().deserialize("t", serde.serializer().serialize("t", unlinked));

    assertThat(back.questionId()).isEqualTo("a#q1");
    assertThat(back.text()).isEqualTo("Was the pier sold?");
    assertThat(back.vector()).containsExactly(VECTOR);
    assertThat(back.eventTime()).isEqualTo(7L);
    assertThat(back.claimId()).isEqualTo("c9");
    assertThat(back.similarity()).isEqualTo(0.61);
    assertThat(none.claimId()).isNull();
  }

  @Test
  void shouldWriteVectorsAsBigEndianFloatsWhenStoresFromEarlierVersionsMustStillRead() throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(expected)) {
      out.writeByte(1);
      out.writeUTF("m");
      out.writeUTF("c");
      byte[] text = "t".getBytes(StandardCharsets.UTF_8);
      out.writeInt(text.length);
      out.write(text);
      out.writeShort(VECTOR.length);
      for (float f : VECTOR) {
        out.writeFloat(f);
      }
      out.writeLong(5L);
    }
    byte[] written = ResolverStateSerdes.mentions().serializer().serialize("t", new StoredMention("m", "c", "t", VECTOR, 5L));
    assertThat(written).isEqualTo(expected.toByteArray());
  }
}
