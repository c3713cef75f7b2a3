package io.claimwatch.aggregate.topology;

import io.claimwatch.aggregate.score.ArticleRef;
import io.claimwatch.aggregate.score.ClaimSummary;
import io.claimwatch.aggregate.score.FactBrief;
import io.claimwatch.aggregate.score.OriginState;
import io.claimwatch.aggregate.score.WeightTally;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Compact binary serdes of the per-fact, per-origin and per-claim store values. Layout: a format byte ({@code 1}), then
 * the record's fields in declaration order; strings as a presence byte plus {@code DataOutput.writeUTF} (every string
 * stored is an id or a clipped text, far below its 65,535-byte limit), instants as epoch milliseconds. Internal to the
 * aggregate (its stores and changelogs), so a new layout only needs a new format byte and a reader for the old one.
 */
public final class StoreCodecs {

  /** 2: facts carry their mention's similarity; format 1 values (without it) are still read. */
  private static final byte FORMAT = 2;
  private static final byte FORMAT_WITHOUT_SIMILARITY = 1;

  private StoreCodecs() {}

  public static Serde<FactBrief> facts() {
    return serde(StoreCodecs::writeFact, StoreCodecs::readFact);
  }

  public static Serde<OriginState> origins() {
    return serde(StoreCodecs::writeOrigin, StoreCodecs::readOrigin);
  }

  public static Serde<ClaimSummary> summaries() {
    return serde(StoreCodecs::writeSummary, StoreCodecs::readSummary);
  }

  private static void writeFact(DataOutputStream out, FactBrief f) throws IOException {
    out.writeUTF(f.factId());
    out.writeUTF(f.articleId());
    string(out, f.articleUrl());
    out.writeUTF(f.sourceKey());
    string(out, f.sourceName());
    out.writeUTF(f.origin().getKey());
    out.writeUTF(f.origin().getName());
    out.writeByte(f.origin().getType().ordinal());
    out.writeByte(f.stance().ordinal());
    out.writeBoolean(f.party());
    out.writeLong(f.eventTime().toEpochMilli());
    out.writeLong(f.ingestedAt().toEpochMilli());
    out.writeUTF(f.quote());
    out.writeUTF(f.claimText());
    out.writeDouble(f.similarity());
  }

  private static FactBrief readFact(DataInputStream in) throws IOException {
    String factId = in.readUTF();
    String articleId = in.readUTF();
    String url = string(in);
    String sourceKey = in.readUTF();
    String sourceName = string(in);
    Source origin = Source.newBuilder().setKey(in.readUTF()).setName(in.readUTF())
        .setType(SourceType.values()[in.readByte()]).build();
    Stance stance = Stance.values()[in.readByte()];
    boolean party = in.readBoolean();
    Instant eventTime = Instant.ofEpochMilli(in.readLong());
    Instant ingestedAt = Instant.ofEpochMilli(in.readLong());
    String quote = in.readUTF();
    String claimText = in.readUTF();
    double similarity = in instanceof FormattedInput f && f.format == FORMAT_WITHOUT_SIMILARITY ? 0.0 : in.readDouble();
    return new FactBrief(factId, articleId, url, sourceKey, sourceName, origin, stance, party, eventTime, ingestedAt,
        quote, claimText, similarity);
  }

  private static void writeOrigin(DataOutputStream out, OriginState o) throws IOException {
    out.writeUTF(o.originKey());
    out.writeInt(o.facts());
    out.writeInt(o.partyFacts());
    out.writeInt(o.sideFacts());
    optionalFact(out, o.latestSide());
    optionalFact(out, o.latestReport());
    out.writeShort(o.articles().size());
    for (ArticleRef ref : o.articles()) {
      out.writeUTF(ref.id());
      string(out, ref.url());
    }
    out.writeShort(o.relayers().size());
    for (String name : o.relayers()) {
      out.writeUTF(name);
    }
  }

  private static OriginState readOrigin(DataInputStream in) throws IOException {
    String key = in.readUTF();
    int facts = in.readInt();
    int party = in.readInt();
    int side = in.readInt();
    FactBrief latestSide = optionalFact(in);
    FactBrief latestReport = optionalFact(in);
    List<ArticleRef> articles = new ArrayList<>();
    for (int i = in.readShort(); i > 0; i--) {
      articles.add(new ArticleRef(in.readUTF(), string(in)));
    }
    List<String> relayers = new ArrayList<>();
    for (int i = in.readShort(); i > 0; i--) {
      relayers.add(in.readUTF());
    }
    return new OriginState(key, facts, party, side, latestSide, latestReport, articles, relayers);
  }

  private static void writeSummary(DataOutputStream out, ClaimSummary s) throws IOException {
    int[] counts = s.tally().counts();
    out.writeShort(counts.length);
    for (int c : counts) {
      out.writeInt(c);
    }
    out.writeInt(s.facts());
    out.writeInt(s.articles());
    optionalFact(out, s.earliest());
    out.writeShort(s.articleSample().size());
    for (String id : s.articleSample()) {
      out.writeUTF(id);
    }
  }

  private static ClaimSummary readSummary(DataInputStream in) throws IOException {
    int[] counts = new int[in.readShort()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = in.readInt();
    }
    int facts = in.readInt();
    int articles = in.readInt();
    FactBrief earliest = optionalFact(in);
    List<String> sample = new ArrayList<>();
    for (int i = in.readShort(); i > 0; i--) {
      sample.add(in.readUTF());
    }
    return new ClaimSummary(WeightTally.of(counts), facts, articles, earliest, sample);
  }

  private static void optionalFact(DataOutputStream out, FactBrief fact) throws IOException {
    out.writeBoolean(fact != null);
    if (fact != null) {
      writeFact(out, fact);
    }
  }

  private static FactBrief optionalFact(DataInputStream in) throws IOException {
    return in.readBoolean() ? readFact(in) : null;
  }

  private static void string(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String string(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static <T> Serde<T> serde(Writer<T> writer, Reader<T> reader) {
    return Serdes.serdeFrom((topic, value) -> {
      if (value == null) {
        return null;
      }
      try {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(FORMAT);
        writer.write(out, value);
        out.flush();
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new SerializationException("cannot write aggregate store value", e);
      }
    }, (topic, data) -> {
      if (data == null) {
        return null;
      }
      try (DataInputStream raw = new DataInputStream(new ByteArrayInputStream(data))) {
        byte format = raw.readByte();
        if (format != FORMAT && format != FORMAT_WITHOUT_SIMILARITY) {
          throw new SerializationException("unknown aggregate store format " + format);
        }
        return reader.read(new FormattedInput(raw, format));
      } catch (IOException | RuntimeException e) {
        if (e instanceof SerializationException s) {
          throw s;
        }
        throw new SerializationException("corrupt aggregate store value (" + data.length + " bytes)", e);
      }
    });
  }

  /** The rest of a store value, with the format byte it was written in. */
  private static final class FormattedInput extends DataInputStream {
    private final byte format;

    FormattedInput(DataInputStream in, byte format) {
      super(in);
      this.format = format;
    }
  }
}
