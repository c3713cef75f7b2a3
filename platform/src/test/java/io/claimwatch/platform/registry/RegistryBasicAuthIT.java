package io.claimwatch.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.evolution.Probe;
import io.claimwatch.platform.testing.KafkaStack;
import io.claimwatch.platform.testing.KafkaStackExtension;
import io.claimwatch.platform.testing.RegistryProxy;

/**
 * The registry client's basic auth, configured only through {@code SCHEMA_REGISTRY_URL} and
 * {@code SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO}, against a proxy in front of the real registry that refuses requests
 * without the right {@code Authorization} header.
 */
@ExtendWith(KafkaStackExtension.class)
class RegistryBasicAuthIT {

    @Test
    void shouldSendBasicAuthorizationWhenUserInfoIsConfigured(KafkaStack stack) {
        String expected = "Basic " + Base64.getEncoder().encodeToString("reg-user:p@ss:word".getBytes(StandardCharsets.UTF_8));
        try (RegistryProxy proxy = new RegistryProxy(stack.registryUrl(), Optional.of(expected))) {
            String url = RegistryUrl.from(EnvConfig.of(Map.of(
                    "SCHEMA_REGISTRY_URL", proxy.url(stack.registryUrl()),
                    "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO", "reg-user:p@ss:word")), "unused");
            HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(url, Duration.ofSeconds(2), 1);
            String subject = "auth-" + UUID.randomUUID() + "-value";

            int id = client.register(subject, Probe.getClassSchema());

            assertThat(client.schemaById(id)).isEqualTo(Probe.getClassSchema());
            assertThat(proxy.authorizations()).isNotEmpty().allMatch(expected::equals);
            assertThat(client.baseUrl()).doesNotContain("p@ss").doesNotContain("reg-user");
        }
    }

    @Test
    void shouldTreatRefusedCredentialsAsUnreachableWhenNoUserInfoIsSent(KafkaStack stack) {
        try (RegistryProxy proxy = new RegistryProxy(stack.registryUrl(), Optional.of("Basic nope"))) {
            HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(proxy.url(stack.registryUrl()), Duration.ofSeconds(2), 1);
            assertThatThrownBy(() -> client.register("auth-" + UUID.randomUUID() + "-value", Probe.getClassSchema()))
                    .isInstanceOf(RegistryUnreachableException.class);
        }
    }
}
