package io.claimwatch.platform.serde;

/**
 * The Confluent wire format: magic byte 0, a 4-byte big-endian schema id, then the Avro binary encoding.
 * Also the subject naming (TopicNameStrategy: {@code <topic>-key} / {@code <topic>-value}).
 */
public final class WireFormat {
    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    public static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
