package io.claimwatch.platform.http;

import io.javalin.http.Context;

/**
 * Headers every ClaimWatch HTTP response carries. The dashboard loads only its own scripts, styles and the
 * Chart.js WebJar from the same origin, so the policy allows {@code 'self'} and nothing inline; {@code frame-ancestors
 * 'none'} (and {@code X-Frame-Options} for old browsers) forbids framing; {@code nosniff} keeps JSON from being run
 * as script; no referrer leaves the site.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
