package io.claimwatch.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import io.claimwatch.platform.registry.InMemorySchemaRegistryClient;
import io.claimwatch.schemas.Article;

class AvroSerdeTest {
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldRoundTripEveryRecordTypeWhenWrittenInWireFormat() {
        for (SpecificRecord record : SampleRecords.all()) {
            Serde<SpecificRecord> serde = serdeFor(record);
            byte[] bytes = serde.serializer().serialize("topic-" + record.getSchema().getName(), record);
            assertThat(bytes[0]).isZero();
            assertThat(serde.deserializer().deserialize("topic-" + record.getSchema().getName(), bytes)).isEqualTo(record);
        }
    }

    @Test
    void shouldRegisterUnderTopicNameStrategySubjectWhenSerializing() {
        Serde<Article> serde = AvroSerdes.forValues(registry, Article.class);
        byte[] bytes = serde.serializer().serialize("news.articles.raw", SampleRecords.article());
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertThat(registry.idFor("news.articles.raw-value", Article.getClassSchema())).isEqualTo(id);
    }

    @Test
    void shouldMapNullToTombstoneBothWays() {
        Serde<Article> serde = AvroSerdes.forValues(registry, Article.class);
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void shouldNameTheMagicByteWhenItIsNotZero() {
        Serde<Article> serde = AvroSerdes.forValues(registry, Article.class);
        byte[] bytes = serde.serializer().serialize("t", SampleRecords.article());
        bytes[0] = 7;
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown magic byte 0x07");
    }

    @Test
    void shouldNameTheSchemaIdWhenTheRegistryDoesNotKnowIt() {
        byte[] bytes = ByteBuffer.allocate(6).put((byte) 0).putInt(987654).put((byte) 0).array();
        Serde<Article> serde = AvroSerdes.forValues(registry, Article.class);
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown schema id 987654");
    }

    @Test
    void shouldRefuseToWriteWhenAutoRegistrationIsOffAndSchemaUnknown() {
        Serde<Article> serde = AvroSerdes.forValues(registry, Article.class, false);
        assertThatThrownBy(() -> serde.serializer().serialize("unregistered", SampleRecords.article()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not registered under subject unregistered-value");
    }

    @SuppressWarnings("unchecked")
    private Serde<SpecificRecord> serdeFor(SpecificRecord record) {
        return (Serde<SpecificRecord>) (Serde<?>) AvroSerdes.forValues(registry, (Class<SpecificRecord>) record.getClass());
    }
}
