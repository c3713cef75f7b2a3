package io.claimwatch.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvConfigTest {

    @Test
    void shouldPassKafkaVariablesThroughAsClientPropertiesWhenPrefixed() {
        EnvConfig config = EnvConfig.of(Map.of("KAFKA_BOOTSTRAP_SERVERS", "k1:9092", "KAFKA_SECURITY_PROTOCOL", "SSL",
                "OTHER", "x"));
        assertThat(config.kafkaProperties())
                .containsEntry("bootstrap.servers", "k1:9092")
                .containsEntry("security.protocol", "SSL")
                .hasSize(2);
    }

    @Test
    void shouldFailWithOneLineNamingTheVariableWhenRequiredValueMissing() {
        assertThatThrownBy(() -> EnvConfig.of(Map.of()).requiredString("KAFKA_BOOTSTRAP_SERVERS"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config error: KAFKA_BOOTSTRAP_SERVERS is required but not set");
    }

    @Test
    void shouldFailWithOneLineNamingTheVariableWhenNumberMalformed() {
        ConfigException error = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> EnvConfig.of(Map.of("INGEST_PORT", "80a")).integer("INGEST_PORT", 8081, 1, 65535));
        assertThat(error.getMessage()).isEqualTo("config error: INGEST_PORT='80a' is not a whole number").doesNotContain("\n");
        assertThat(error.variable()).isEqualTo("INGEST_PORT");
    }

    @Test
    void shouldFailWhenNumberOutOfRange() {
        assertThatThrownBy(() -> EnvConfig.of(Map.of("INGEST_PORT", "70000")).integer("INGEST_PORT", 8081, 1, 65535))
                .hasMessage("config error: INGEST_PORT=70000 is out of range [1, 65535]");
    }

    @Test
    void shouldParseDurationsWithUnitsOrIso() {
        EnvConfig config = EnvConfig.of(Map.of("A", "500ms", "B", "5s", "C", "PT2M", "D", "soon"));
        assertThat(config.duration("A", Duration.ZERO)).isEqualTo(Duration.ofMillis(500));
        assertThat(config.duration("B", Duration.ZERO)).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.duration("C", Duration.ZERO)).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.duration("MISSING", Duration.ofSeconds(9))).isEqualTo(Duration.ofSeconds(9));
        assertThatThrownBy(() -> config.duration("D", Duration.ZERO)).hasMessageStartingWith("config error: D='soon'");
    }

    @Test
    void shouldRejectNonBooleanAndNonUrlValues() {
        EnvConfig config = EnvConfig.of(Map.of("FLAG", "maybe", "URL", "ftp://x"));
        assertThatThrownBy(() -> config.bool("FLAG", false)).hasMessage("config error: FLAG='maybe' is not a boolean (true/false)");
        assertThatThrownBy(() -> config.uri("URL", null)).hasMessage("config error: URL='ftp://x' is not an http(s) URL");
    }

    @Test
    void shouldLetEnvironmentOverridePropertiesFileWhenBothSet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("claimwatch.properties");
        Files.writeString(file, "kafka.bootstrap.servers=file:9092\nINGEST_PORT=9000\n");
        EnvConfig config = EnvConfig.withOptionalFile(Map.of(EnvConfig.CONFIG_FILE_VARIABLE, file.toString(),
                "KAFKA_BOOTSTRAP_SERVERS", "env:9092"));
        assertThat(config.requiredString("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("env:9092");
        assertThat(config.integer("INGEST_PORT", 1, 1, 65535)).isEqualTo(9000);
    }

    @Test
    void shouldFailNamingTheFileVariableWhenFileUnreadable(@TempDir Path dir) {
        assertThatThrownBy(() -> EnvConfig.withOptionalFile(Map.of(EnvConfig.CONFIG_FILE_VARIABLE, dir.resolve("nope").toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("config error: CLAIMWATCH_CONFIG_FILE names an unreadable file");
    }

    @Test
    void shouldMaskSecretsWhenListingEffectiveConfig() {
        EnvConfig config = EnvConfig.of(Map.of("INGEST_API_TOKENS", "s3cret", "INGEST_PORT", "8081",
                "KAFKA_SASL_JAAS_CONFIG", "user pass"));
        assertThat(config.masked(java.util.List.of("INGEST_API_TOKENS", "INGEST_PORT")))
                .containsEntry("INGEST_API_TOKENS", "****").containsEntry("INGEST_PORT", "8081")
                .containsEntry("KAFKA_SASL_JAAS_CONFIG", "****");
    }
}
