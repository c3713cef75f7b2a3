package io.claimwatch.enrich.stream;

import io.claimwatch.extraction.resolve.ClaimCluster;
import io.claimwatch.extraction.resolve.StoredMention;
import io.claimwatch.extraction.resolve.StoredQuestion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Compact binary serdes for the claim resolver's internal stores (changelogs only this service reads, so no
 * registry): a version byte, then the fields in order, vectors as float32. A cluster of 384 dimensions is about
 * 1.6 KB whatever its member count.
 */
final class ResolverStateSerdes {
  private static final byte VERSION = 1;

  private ResolverStateSerdes() {
  }

  static Serde<ClaimCluster> clusters() {
    return Serdes.serdeFrom((topic, c) -> c == null ? null : write(out -> {
      out.writeUTF(c.claimId());
      writeVector(out, c.vectorSum());
      out.writeInt(c.members());
      writeText(out, c.text());
      out.writeLong(c.firstSeen());
      out.writeLong(c.lastSeen());
    }), (topic, bytes) -> bytes == null ? null : read(bytes, in -> new ClaimCluster(in.readUTF(), readVector(in),
        in.readInt(), readText(in), in.readLong(), in.readLong())));
  }

  static Serde<StoredMention> mentions() {
    return Serdes.serdeFrom((topic, m) -> m == null ? null : write(out -> {
      out.writeUTF(m.mentionId());
      out.writeUTF(m.claimId());
      writeText(out, m.text());
      writeVector(out, m.vector());
      out.writeLong(m.eventTime());
    }), (topic, bytes) -> bytes == null ? null : read(bytes, in -> new StoredMention(in.readUTF(), in.readUTF(),
        readText(in), readVector(in), in.readLong())));
  }

  /** A question; its claim id is written as "" when it links to none. */
  static Serde<StoredQuestion> questions() {
    return Serdes.serdeFrom((topic, q) -> q == null ? null : write(out -> {
      out.writeUTF(q.questionId());
      writeText(out, q.text());
      writeVector(out, q.vector());
      out.writeLong(q.eventTime());
      out.writeUTF(q.claimId() == null ? "" : q.claimId());
      out.writeDouble(q.similarity());
    }), (topic, bytes) -> bytes == null ? null : read(bytes, in -> {
      String id = in.readUTF();
      String text = readText(in);
      float[] vector = readVector(in);
      long eventTime = in.readLong();
      String claim = in.readUTF();
      return new StoredQuestion(id, text, vector, eventTime, claim.isEmpty() ? null : claim, in.readDouble());
    }));
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static byte[] write(Writer writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T> T read(byte[] bytes, Reader<T> reader) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new SerializationException("unknown resolver state version " + version);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new SerializationException("corrupt resolver state record", e);
    }
  }

  /** float32 big-endian, as {@link DataOutputStream#writeFloat} writes them, in one bulk copy. */
  private static void writeVector(DataOutputStream out, float[] v) throws IOException {
    out.writeShort(v.length);
    ByteBuffer buffer = ByteBuffer.allocate(v.length * Float.BYTES);
    buffer.asFloatBuffer().put(v);
    out.write(buffer.array());
  }

  private static float[] readVector(DataInputStream in) throws IOException {
    float[] v = new float[in.readUnsignedShort()];
    byte[] raw = new byte[v.length * Float.BYTES];
    in.readFully(raw);
    ByteBuffer.wrap(raw).asFloatBuffer().get(v);
    return v;
  }

  /** Texts may exceed writeUTF's 64 KB limit in principle; length-prefixed UTF-8 has none. */
  private static void writeText(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readText(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
