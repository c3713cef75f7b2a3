package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ClaimState;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.ClaimStatus;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Store value serde for {@link ClaimState}: the standing facts and the last published status, each written with the
 * topic serdes (Confluent wire format, so every element carries its registry schema id and the changelog survives
 * schema evolution exactly like the topics do). Layout: format byte {@code 1}, fact count, then per fact
 * {@code length + bytes}, then the status as {@code length + bytes} ({@code -1} when absent).
 */
public final class ClaimStateSerde {

  private static final byte FORMAT = 1;

  private ClaimStateSerde() {}

  public static Serde<ClaimState> create(Serde<ClaimEvidence> evidence, Serde<ClaimStatus> status,
      String evidenceTopic, String statusTopic) {
    Serializer<ClaimState> serializer = (topic, state) -> state == null ? null
        : write(state, evidence.serializer(), status.serializer(), evidenceTopic, statusTopic);
    Deserializer<ClaimState> deserializer = (topic, bytes) -> bytes == null ? null
        : read(bytes, evidence.deserializer(), status.deserializer(), evidenceTopic, statusTopic);
    return Serdes.serdeFrom(serializer, deserializer);
  }

  private static byte[] write(ClaimState state, Serializer<ClaimEvidence> evidence, Serializer<ClaimStatus> status,
      String evidenceTopic, String statusTopic) {
    Collection<ClaimEvidence> facts = state.facts();
    List<byte[]> parts = new ArrayList<>(facts.size());
    int size = 1 + 4 + 4;
    for (ClaimEvidence fact : facts) {
      byte[] bytes = evidence.serialize(evidenceTopic, fact);
      parts.add(bytes);
      size += 4 + bytes.length;
    }
    byte[] statusBytes = state.status() == null ? null : status.serialize(statusTopic, state.status());
    size += statusBytes == null ? 0 : statusBytes.length;
    ByteBuffer out = ByteBuffer.allocate(size).put(FORMAT).putInt(parts.size());
    for (byte[] part : parts) {
      out.putInt(part.length).put(part);
    }
    if (statusBytes == null) {
      out.putInt(-1);
    } else {
      out.putInt(statusBytes.length).put(statusBytes);
    }
    return out.array();
  }

  private static ClaimState read(byte[] bytes, Deserializer<ClaimEvidence> evidence,
      Deserializer<ClaimStatus> status, String evidenceTopic, String statusTopic) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      byte format = in.get();
      if (format != FORMAT) {
        throw new SerializationException("unknown claim state format " + format);
      }
      int count = in.getInt();
      List<ClaimEvidence> facts = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        facts.add(evidence.deserialize(evidenceTopic, slice(in, in.getInt())));
      }
      int statusLength = in.getInt();
      ClaimStatus last = statusLength < 0 ? null : status.deserialize(statusTopic, slice(in, statusLength));
      return ClaimState.of(facts, last);
    } catch (RuntimeException e) {
      if (e instanceof SerializationException) {
        throw e;
      }
      throw new SerializationException("corrupt claim state (" + bytes.length + " bytes)", e);
    }
  }

  private static byte[] slice(ByteBuffer in, int length) {
    byte[] part = new byte[length];
    in.get(part);
    return part;
  }
}
