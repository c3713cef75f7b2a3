package io.claimwatch.ingest;

import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secure defaults of the ingest configuration: tokens required unless auth is disabled explicitly; loopback bind. */
class IngestConfigTest {

    @Test
    void shouldRefuseWithOneLineWhenNoTokensAndAuthNotDisabled() {
        assertThatThrownBy(() -> IngestConfig.from(EnvConfig.of(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config error: INGEST_API_TOKENS is required: set bearer tokens (comma-separated), "
                        + "or INGEST_AUTH=disabled to run without authentication");
    }

    @Test
    void shouldStartWithoutTokensWhenAuthIsDisabledExplicitly() {
        IngestConfig config = IngestConfig.from(EnvConfig.of(Map.of("INGEST_AUTH", "disabled")));
        assertThat(config.authEnabled()).isFalse();
        assertThat(config.http().bindAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void shouldEnableAuthWhenTokensAreSet() {
        IngestConfig config = IngestConfig.from(EnvConfig.of(Map.of("INGEST_API_TOKENS", "a,b", "INGEST_BIND_ADDRESS", "0.0.0.0")));
        assertThat(config.authEnabled()).isTrue();
        assertThat(config.apiTokens()).containsExactly("a", "b");
        assertThat(config.http().bindAddress()).isEqualTo("0.0.0.0");
    }

    @Test
    void shouldRefuseWhenAuthModeIsUnknown() {
        assertThatThrownBy(() -> IngestConfig.from(EnvConfig.of(Map.of("INGEST_AUTH", "off"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("INGEST_AUTH");
    }

    @Test
    void shouldCarryBasicAuthInRegistryUrlWhenUserInfoIsSet() {
        IngestConfig config = IngestConfig.from(EnvConfig.of(Map.of("INGEST_AUTH", "disabled",
                "SCHEMA_REGISTRY_URL", "http://registry:8080/apis/ccompat/v7",
                "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "svc:secret")));
        assertThat(config.registryUrl()).isEqualTo("http://svc:secret@registry:8080/apis/ccompat/v7");
    }
}
