package io.claimwatch.platform.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import io.javalin.http.Context;

/**
 * Guards the management routes ({@link #PATHS}): with a management token they need
 * {@code Authorization: Bearer <token>} (compared in constant time), without one only loopback clients get
 * through. Refusals are JSON: 401 without or with a wrong token, 403 for a remote client when no token is set.
 */
final class ManagementGuard {

    /** Route patterns treated as management (Javalin path syntax). */
    static final List<String> PATHS = List.of("/metrics", "/instances", "/instances/*", "/internal/*");

    private final Optional<byte[]> token;

    ManagementGuard(Optional<String> token) {
        this.token = token.map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
    }

    void check(Context ctx) {
        if (token.isPresent()) {
            String header = ctx.header("Authorization");
            byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(token.get(), given)) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"claimwatch-management\"");
                ctx.status(401).json(new ApiError("unauthorized", null, "this management route needs the management token"));
                ctx.skipRemainingHandlers();
            }
        } else if (!isLoopback(ctx.req().getRemoteAddr())) {
            ctx.status(403).json(new ApiError("forbidden", null,
                    "management routes answer local clients only unless a management token is configured"));
            ctx.skipRemainingHandlers();
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
