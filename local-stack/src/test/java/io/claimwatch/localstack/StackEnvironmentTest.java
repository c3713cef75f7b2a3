package io.claimwatch.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimwatch.localstack.processes.ServiceKind;

class StackEnvironmentTest {
    private static final StackPorts PORTS = StackPorts.fromBase(18000);

    @Test
    void shouldPassServiceTuningThroughWhenTheStackDoesNotSetIt() {
        Map<String, String> env = StackEnvironment.of(PORTS, 3, "localhost:9092", "http://localhost:8081",
                Path.of("state"), Map.of("ENRICH_STREAM_THREADS", "2", "KAFKA_LINGER_MS", "5", "HOME", "/root"))
                .forService(ServiceKind.ENRICH);
        assertThat(env).containsEntry("ENRICH_STREAM_THREADS", "2").containsEntry("KAFKA_LINGER_MS", "5")
                .doesNotContainKey("HOME");
    }

    @Test
    void shouldKeepTheStacksOwnSettingsWhenTheOuterEnvironmentNamesThemToo() {
        Map<String, String> env = StackEnvironment.of(PORTS, 3, "localhost:9092", "http://localhost:8081",
                Path.of("state"), Map.of("ENRICH_PORT", "1", "KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092",
                        "INGEST_AUTH", "required"))
                .forService(ServiceKind.INGEST);
        assertThat(env).containsEntry("ENRICH_PORT", String.valueOf(PORTS.enrich()))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("INGEST_AUTH", "disabled");
    }
}
