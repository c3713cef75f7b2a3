package io.claimwatch.ingest.http;

import io.claimwatch.ingest.validate.RejectReason;
import io.claimwatch.ingest.validate.RejectedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a request body under the HTTP limit and classifies its content type. The limit is enforced while reading
 * (not only from Content-Length), so a chunked upload cannot exceed it; what was read is kept for the dead letter.
 */
public final class RequestBody {

    /** How much of an over-limit body is still read (and discarded) so that the client gets the answer. */
    static final long DRAIN_BYTES = 32L << 20;

    /** How the body is framed. */
    public enum Format { JSON, NDJSON }

    private RequestBody() {
    }

    /** JSON for {@code application/json} and {@code +json} types, NDJSON for {@code application/x-ndjson}. */
    public static Format format(String contentType) throws RejectedException {
        if (contentType == null || contentType.isBlank()) {
            throw new RejectedException(RejectReason.UNSUPPORTED_MEDIA_TYPE, null,
                    "Content-Type is missing; use application/json or application/x-ndjson");
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String type = parts[0].strip();
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip();
            if (param.startsWith("charset=") && !param.substring(8).replace("\"", "").equals("utf-8")) {
                throw new RejectedException(RejectReason.UNSUPPORTED_MEDIA_TYPE, null,
                        "charset " + param.substring(8) + " is not supported; send UTF-8");
            }
        }
        if (type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))) {
            return Format.JSON;
        }
        if (type.equals("application/x-ndjson") || type.equals("application/jsonl") || type.equals("application/x-jsonlines")) {
            return Format.NDJSON;
        }
        throw new RejectedException(RejectReason.UNSUPPORTED_MEDIA_TYPE, null,
                "Content-Type " + type + " is not supported; use application/json or application/x-ndjson");
    }

    /** The bytes kept, whether the body went over the limit, and its size (read or declared, whichever is larger). */
    public record Read(byte[] bytes, boolean overLimit, long totalBytes) {
    }

    /**
     * Reads the body keeping at most {@code limit} bytes. Past the limit the rest is read and discarded (so the
     * client sees the 413 instead of a reset connection) up to {@code DRAIN_BYTES}, then reading stops.
     */
    public static Read read(InputStream in, long declaredLength, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(Math.min(declaredLength, limit), 1 << 20)));
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            long keep = Math.max(0, Math.min(n, limit - total));
            out.write(buffer, 0, (int) keep);
            total += n;
            if (total > limit + DRAIN_BYTES) {
                break;
            }
        }
        return new Read(out.toByteArray(), total > limit || declaredLength > limit, Math.max(total, declaredLength));
    }
}
