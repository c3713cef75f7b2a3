package io.claimwatch.platform.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;

/**
 * The registry URL every service reads: {@code SCHEMA_REGISTRY_URL}, plus optional HTTP basic-auth credentials from
 * {@code SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO} ({@code user:password}, the same variable Confluent's clients use)
 * or from the URL's own user info. The credentials travel inside the URL string to
 * {@link HttpSchemaRegistryClient}, which strips them off and sends them as an {@code Authorization} header.
 */
public record RegistryUrl(String withoutCredentials, Optional<String> userInfo) {

    public static final String URL_VARIABLE = "SCHEMA_REGISTRY_URL";
    public static final String USER_INFO_VARIABLE = "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO";

    /** The registry URL from the environment, credentials included when {@value #USER_INFO_VARIABLE} is set. */
    public static String from(EnvConfig env, String defaultUrl) {
        String url = env.string(URL_VARIABLE, defaultUrl);
        Optional<String> userInfo = env.find(USER_INFO_VARIABLE).filter(v -> !v.isBlank());
        if (userInfo.isEmpty()) {
            return url;
        }
        if (!userInfo.get().contains(":")) {
            throw new ConfigException(USER_INFO_VARIABLE, "must be user:password");
        }
        try {
            URI uri = new URI(url);
            return new URI(uri.getScheme(), userInfo.get(), uri.getHost(), uri.getPort(), uri.getPath(),
                    uri.getQuery(), uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            throw new ConfigException(URL_VARIABLE, "is not a URL: " + e.getMessage());
        }
    }

    /** Splits a URL into its credential-free form and its user info. */
    public static RegistryUrl parse(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getRawUserInfo() == null) {
                return new RegistryUrl(url, Optional.empty());
            }
            String plain = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(),
                    null, null).toString() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new RegistryUrl(plain, Optional.of(URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8)));
        } catch (URISyntaxException e) {
            return new RegistryUrl(url, Optional.empty());
        }
    }

    /** {@code Basic base64(user:password)} when credentials were given. */
    public Optional<String> authorizationHeader() {
        return userInfo.map(info -> "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return withoutCredentials;
    }
}
