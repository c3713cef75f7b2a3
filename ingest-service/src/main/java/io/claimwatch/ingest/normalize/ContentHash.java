package io.claimwatch.ingest.normalize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the normalized title and body. The title and body are joined with a NUL separator (which
 * normalization has removed from both) so that moving text between title and body changes the hash.
 */
public final class ContentHash {

    /** Prefix of ids derived from content when an article has no URL. */
    public static final String ID_PREFIX = "sha256:";

    private ContentHash() {
    }

    /** Lower-case hex SHA-256 of the normalized title and body. */
    public static String of(String normalizedTitle, String normalizedBody) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(normalizedTitle.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(normalizedBody.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }

    /** The article id for an article without URL. */
    public static String contentId(String normalizedTitle, String normalizedBody) {
        return ID_PREFIX + of(normalizedTitle, normalizedBody);
    }
}
