package io.claimwatch.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Optional bearer-token check. With no tokens configured every request passes; otherwise the
 * {@code Authorization: Bearer <token>} header must carry one of them (compared in constant time).
 */
public final class BearerAuth {

    private final List<byte[]> tokens;

    public BearerAuth(List<String> tokens) {
        this.tokens = tokens.stream().map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Every request passes ({@code INGEST_AUTH=disabled}). */
    public static BearerAuth disabled() {
        return new BearerAuth(List.of());
    }

    public boolean enabled() {
        return !tokens.isEmpty();
    }

    public boolean allows(String authorizationHeader) {
        if (!enabled()) {
            return true;
        }
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] token : tokens) {
            match |= MessageDigest.isEqual(token, given);
        }
        return match;
    }
}
