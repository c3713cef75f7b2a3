package io.claimwatch.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.aggregate.score.ScoringConfig;
import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class AggregateConfigTest {

  @Test
  void shouldUseDefaultsWhenOnlyTheRegistryIsSet() {
    AggregateConfig config = AggregateConfig.from(EnvConfig.of(Map.of("SCHEMA_REGISTRY_URL", "http://reg:8080")));

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.applicationServer()).isEqualTo(new HostInfo("localhost", 8080));
    assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(config.scoring()).isEqualTo(ScoringConfig.DEFAULTS);
    assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void shouldPassKafkaSettingsAndApplicationServerToStreamsWhenConfigured() {
    AggregateConfig config = AggregateConfig.from(EnvConfig.of(Map.of(
        "SCHEMA_REGISTRY_URL", "http://reg:8080", "AGGREGATE_PORT", "9090",
        "AGGREGATE_APPLICATION_SERVER", "agg-2.internal:9090", "KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092",
        "KAFKA_NUM_STANDBY_REPLICAS", "1", "AGGREGATE_WEIGHT_PARTY", "2.5", "AGGREGATE_MIN_ORIGINS", "3")));

    Properties props = AggregateService.streamsProperties(config);

    assertThat(props.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("agg-2.internal:9090");
    assertThat(props.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)).isEqualTo("k1:9092,k2:9092");
    assertThat(props.getProperty("num.standby.replicas")).isEqualTo("1");
    assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    assertThat(config.scoring().partyWeight()).isEqualTo(2.5);
    assertThat(config.scoring().minOrigins()).isEqualTo(3);
  }

  @Test
  void shouldNameTheVariableWhenTheApplicationServerIsNotHostAndPort() {
    assertThatThrownBy(() -> AggregateConfig.from(EnvConfig.of(Map.of(
        "SCHEMA_REGISTRY_URL", "http://reg:8080", "AGGREGATE_APPLICATION_SERVER", "just-a-host"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("AGGREGATE_APPLICATION_SERVER");
  }

  @Test
  void shouldRejectTheConfigWhenTheRegistryIsMissing() {
    assertThatThrownBy(() -> AggregateConfig.from(EnvConfig.of(Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("SCHEMA_REGISTRY_URL");
  }
}
