package io.claimwatch.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.claimwatch.platform.metrics.Metrics;
import io.javalin.Javalin;

/** Management routes behind the token (or loopback), security headers on every answer, the bind address honoured. */
class ServiceHttpSecurityTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private int start(HttpSettings settings) {
        app = ServiceHttp.create("security-test", settings, Metrics.prometheus("security-test"), config -> {
            config.routes.get("/internal/things", ctx -> ctx.json(java.util.Map.of("ok", true)));
            config.routes.get("/public", ctx -> ctx.result("hello"));
        });
        ServiceHttp.start(app, settings, 0);
        return app.port();
    }

    private HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRequireTokenWhenManagementTokenIsSet() throws Exception {
        int port = start(new HttpSettings("127.0.0.1", Optional.of("m-secret")));
        assertThat(get(port, "/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/internal/things", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(get(port, "/internal/things", null).body()).contains("\"error\":\"unauthorized\"");
        assertThat(get(port, "/metrics", "Bearer m-secret").statusCode()).isEqualTo(200);
        assertThat(get(port, "/internal/things", "Bearer m-secret").statusCode()).isEqualTo(200);
        assertThat(get(port, "/health/live", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/public", null).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeManagementToLoopbackWhenNoTokenIsSet() throws Exception {
        int port = start(HttpSettings.LOCAL);
        assertThat(get(port, "/metrics", null).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldSendSecurityHeadersWhenAnsweringAnyRoute() throws Exception {
        int port = start(HttpSettings.LOCAL);
        for (String path : new String[] {"/public", "/health/ready", "/no-such-route"}) {
            HttpResponse<String> response = get(port, path, null);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void shouldBindOnlyTheConfiguredAddressWhenStarted() throws Exception {
        int port = start(HttpSettings.LOCAL);
        String otherAddress = java.net.NetworkInterface.networkInterfaces()
                .flatMap(java.net.NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address)
                .map(java.net.InetAddress::getHostAddress).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(otherAddress != null, "no non-loopback IPv4 address on this host");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + otherAddress + ":" + port + "/health/live"))
                .timeout(java.time.Duration.ofSeconds(3)).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void shouldReadBindAddressAndTokenWhenPrefixVariablesAreSet() {
        HttpSettings settings = HttpSettings.from(io.claimwatch.platform.config.EnvConfig.of(java.util.Map.of(
                "ENRICH_BIND_ADDRESS", "0.0.0.0", "ENRICH_MANAGEMENT_TOKEN", " tok ")), "ENRICH");
        assertThat(settings.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.managementToken()).contains("tok");
        assertThat(settings.toString()).doesNotContain("tok");
        assertThat(HttpSettings.from(io.claimwatch.platform.config.EnvConfig.of(java.util.Map.of()), "ENRICH"))
                .isEqualTo(HttpSettings.LOCAL);
    }
}
