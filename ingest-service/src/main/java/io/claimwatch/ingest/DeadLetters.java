package io.claimwatch.ingest;

import io.claimwatch.ingest.publish.WriteUnavailableException;
import io.claimwatch.ingest.validate.Rejection;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.RejectedArticle;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Builds {@code news.articles.rejected} records. The raw payload is kept as received (invalid UTF-8 replaced by
 * U+FFFD) and cut to at most {@code maxPayloadBytes} bytes of its UTF-8 form, never inside a character;
 * {@code payloadTruncated} and {@code payloadBytes} tell the reader what was cut.
 */
public final class DeadLetters {

    private final Serializer<RejectedArticle> serializer;
    private final int maxPayloadBytes;

    public DeadLetters(Serializer<RejectedArticle> serializer, int maxPayloadBytes) {
        this.serializer = serializer;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    public ProducerRecord<String, byte[]> record(String key, Rejection rejection, String raw, String channel, Instant now)
            throws WriteUnavailableException {
        byte[] bytes = (raw == null ? "" : raw).getBytes(StandardCharsets.UTF_8);
        return record(key, rejection, bytes, bytes.length, channel, now);
    }

    /** {@code raw} may already be a prefix of the payload; {@code totalBytes} is the size of the whole payload. */
    public ProducerRecord<String, byte[]> record(String key, Rejection rejection, byte[] raw, long totalBytes,
                                                 String channel, Instant now) throws WriteUnavailableException {
        boolean truncated = raw.length > maxPayloadBytes || totalBytes > raw.length;
        RejectedArticle value = RejectedArticle.newBuilder()
                .setReason(rejection.reason().code())
                .setField(rejection.field())
                .setMessage(rejection.message())
                .setRawPayload(decodeLenient(raw, Math.min(raw.length, maxPayloadBytes), !truncated))
                .setPayloadTruncated(truncated)
                .setPayloadBytes(Math.max(totalBytes, raw.length))
                .setChannel(channel)
                .setRejectedAt(now)
                .build();
        try {
            return new ProducerRecord<>(Topics.ARTICLES_REJECTED, key, serializer.serialize(Topics.ARTICLES_REJECTED, value));
        } catch (RuntimeException e) {
            throw new WriteUnavailableException("the schema registry did not take the schema: " + e.getMessage(), e);
        }
    }

    /** Decodes the first {@code length} bytes, replacing invalid sequences and dropping a character cut at the end. */
    static String decodeLenient(byte[] bytes, int length, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer out = CharBuffer.allocate(length + 1);
        decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, complete);
        out.flip();
        return out.toString();
    }

    static long utf8Length(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
