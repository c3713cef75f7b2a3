package io.claimwatch.platform.http;

import java.util.Optional;

import io.claimwatch.platform.config.EnvConfig;

/**
 * How a service exposes HTTP: the address it binds ({@code <PREFIX>_BIND_ADDRESS}, default {@value #LOOPBACK}: a
 * service started from its jar is reachable from this host only; containers set {@code 0.0.0.0}) and the token that
 * guards its management routes ({@code <PREFIX>_MANAGEMENT_TOKEN}: {@code /metrics}, {@code /internal/...},
 * {@code /instances}). Without a token those routes answer loopback clients only.
 */
public record HttpSettings(String bindAddress, Optional<String> managementToken) {

    public static final String LOOPBACK = "127.0.0.1";

    /** Loopback, no management token: what tests and the local stack use. */
    public static final HttpSettings LOCAL = new HttpSettings(LOOPBACK, Optional.empty());

    /** Reads {@code <prefix>_BIND_ADDRESS} and {@code <prefix>_MANAGEMENT_TOKEN}, e.g. prefix {@code INGEST}. */
    public static HttpSettings from(EnvConfig env, String prefix) {
        return new HttpSettings(env.string(prefix + "_BIND_ADDRESS", LOOPBACK),
                env.find(prefix + "_MANAGEMENT_TOKEN").map(String::strip).filter(t -> !t.isEmpty()));
    }

    /** The two variable names for a service's prefix (for start-up logs, which mask the token). */
    public static java.util.List<String> variables(String prefix) {
        return java.util.List.of(prefix + "_BIND_ADDRESS", prefix + "_MANAGEMENT_TOKEN");
    }

    @Override
    public String toString() {
        return "HttpSettings[bindAddress=" + bindAddress + ", managementToken=" + (managementToken.isPresent() ? "***" : "none") + "]";
    }
}
