package io.claimwatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;

class EnrichConfigTest {
    private static final Map<String, String> BASE = Map.of("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092",
            "SCHEMA_REGISTRY_URL", "http://localhost:8081");

    @Test
    void shouldHaveNoSourceTableWhenEnrichSourcesFileIsUnset() {
        assertThat(EnrichConfig.from(EnvConfig.of(BASE)).sourcesFile()).isEmpty();
    }

    @Test
    void shouldTakeTheOperatorsSourceTableWhenTheFileIsReadable(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sources.tsv"), "# empty\n");
        EnrichConfig config = EnrichConfig.from(EnvConfig.of(BASE).with("ENRICH_SOURCES_FILE", file.toString()));
        assertThat(config.sourcesFile()).contains(file);
    }

    @Test
    void shouldFailWithTheVariableNameWhenTheSourceTableIsMissing(@TempDir Path dir) {
        EnvConfig env = EnvConfig.of(BASE).with("ENRICH_SOURCES_FILE", dir.resolve("missing.tsv").toString());
        assertThatThrownBy(() -> EnrichConfig.from(env)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("ENRICH_SOURCES_FILE");
    }

    @Test
    void shouldReadTheContextWeightWhenSetAndDefaultToTheMeasuredOneWhenNot() {
        assertThat(EnrichConfig.from(EnvConfig.of(BASE)).claims().contextWeight()).isEqualTo(1.5);
        assertThat(EnrichConfig.from(EnvConfig.of(BASE).with("ENRICH_EMBEDDING_CONTEXT_WEIGHT", "0")).claims()
                .contextWeight()).isZero();
        assertThat(EnrichConfig.VARIABLES).contains("ENRICH_EMBEDDING_CONTEXT_WEIGHT",
                "ENRICH_RESOLVER_SAME_ARTICLE_THRESHOLD");
    }

    @Test
    void shouldFailWithTheVariableNameWhenTheContextWeightIsNegative() {
        EnvConfig env = EnvConfig.of(BASE).with("ENRICH_EMBEDDING_CONTEXT_WEIGHT", "-1");
        assertThatThrownBy(() -> EnrichConfig.from(env)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("ENRICH_EMBEDDING_CONTEXT_WEIGHT");
    }
}
