package io.claimwatch.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stop and restart of the embedded broker keep its address and its data. */
@ExtendWith(KafkaStackExtension.class)
class EmbeddedKafkaIT {

    @Test
    void shouldKeepDataAndAddressWhenRestartedOnSameLogDir(KafkaStack stack) {
        String topic = "restart-" + UUID.randomUUID();
        stack.kafka().createTopic(topic, 2);
        PlatformStackIT.produce(stack, topic, "k", new StringSerializer(), "before restart");
        String address = stack.bootstrapServers();

        stack.kafka().stop();
        assertThat(stack.kafka().isRunning()).isFalse();
        stack.kafka().restart();

        assertThat(stack.bootstrapServers()).isEqualTo(address);
        List<ConsumerRecord<String, String>> records = PlatformStackIT.consume(stack, topic, 1, new StringDeserializer());
        assertThat(records.get(0).value()).isEqualTo("before restart");
    }
}
