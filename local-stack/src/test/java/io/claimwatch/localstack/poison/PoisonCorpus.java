package io.claimwatch.localstack.poison;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.avro.specific.SpecificRecord;

import io.claimwatch.extraction.adversarial.PathologicalText;
import io.claimwatch.localstack.poison.Poison.Expect;
import io.claimwatch.platform.registry.SchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerializer;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.ClaimEvidence;
import io.claimwatch.schemas.DeadLetter;
import io.claimwatch.schemas.EvidenceOp;
import io.claimwatch.schemas.Source;
import io.claimwatch.schemas.SourceType;
import io.claimwatch.schemas.Stance;

/**
 * The pipeline's poison corpus: broken bytes (malformed Avro, wrong magic byte, unknown schema id, too short, empty,
 * another schema's valid Avro), keys that are missing, huge or retract nothing, oversized and odd-valued articles,
 * every {@link PathologicalText} kind as an article body, and broken or odd evidence for aggregate. Every text is
 * made up here. Keys start with {@code poison-} so outcomes can be matched.
 */
final class PoisonCorpus {
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final int TEXT_CHARS = 250_000;
    private final AvroSerializer<SpecificRecord> serializer;
    private final List<Poison> corpus = new ArrayList<>();
    private final Random random = new Random(20261201);

    PoisonCorpus(SchemaRegistryClient registry) {
        this.serializer = new AvroSerializer<>(registry, false, true);
    }

    List<Poison> build() {
        brokenBytes(Topics.ARTICLES_RAW, "raw", article("poison-template", "Harbor closes", "The harbor closed, officials said."));
        keysAndValues();
        for (PathologicalText kind : PathologicalText.values()) {
            add("text " + kind, Topics.ARTICLES_RAW, "poison-text-" + kind,
                    avro(Topics.ARTICLES_RAW, article("poison-text-" + kind, kind.title(), kind.body(TEXT_CHARS))),
                    Expect.ENRICHED_OR_DEAD_LETTER);
        }
        brokenBytes(Topics.CLAIMS_EVIDENCE, "evidence", evidence("poison-ev-template", "The harbor closed", 0.8));
        oddEvidence();
        return List.copyOf(corpus);
    }

    private void brokenBytes(String topic, String prefix, SpecificRecord valid) {
        byte[] good = avro(topic, valid);
        for (int cut : new int[] {6, good.length / 2, good.length - 1}) {
            add(prefix + " truncated Avro at " + cut, topic, "poison-" + prefix + "-truncated-" + cut,
                    Arrays.copyOf(good, cut), Expect.DEAD_LETTER);
        }
        for (int i = 0; i < 4; i++) {
            byte[] garbage = new byte[5 + 40 + random.nextInt(200)];
            random.nextBytes(garbage);
            System.arraycopy(good, 0, garbage, 0, 5);
            garbage[5] = 0x01; // a negative string length for the first field: undecodable whatever follows
            add(prefix + " random payload " + i, topic, "poison-" + prefix + "-random-" + i, garbage, Expect.DEAD_LETTER);
        }
        for (int magic : new int[] {1, 0x7f, 0xff}) {
            byte[] wrong = good.clone();
            wrong[0] = (byte) magic;
            add(prefix + " magic byte " + magic, topic, "poison-" + prefix + "-magic-" + magic, wrong, Expect.DEAD_LETTER);
        }
        for (int id : new int[] {999_999, -1}) {
            byte[] unknown = good.clone();
            ByteBuffer.wrap(unknown, 1, 4).putInt(id);
            add(prefix + " unknown schema id " + id, topic, "poison-" + prefix + "-schema-" + id, unknown, Expect.DEAD_LETTER);
        }
        for (int length : new int[] {0, 1, 4}) {
            add(prefix + " " + length + "-byte value", topic, "poison-" + prefix + "-short-" + length,
                    Arrays.copyOf(good, length), Expect.DEAD_LETTER);
        }
        add(prefix + " JSON instead of Avro", topic, "poison-" + prefix + "-json",
                "{\"title\": \"not Avro\"}".getBytes(StandardCharsets.UTF_8), Expect.DEAD_LETTER);
        SpecificRecord other = topic.equals(Topics.ARTICLES_RAW) ? deadLetter() : article("poison-other", "Wrong topic", "Wrong schema.");
        add(prefix + " valid Avro of another schema", topic, "poison-" + prefix + "-other-schema", avro(topic + "-other", other),
                Expect.DEAD_LETTER);
    }

    private void keysAndValues() {
        String raw = Topics.ARTICLES_RAW;
        for (int i = 0; i < 3; i++) {
            add("tombstone for unknown id " + i, raw, "poison-tombstone-" + i, null, Expect.ENRICHED);
        }
        add("valid article without key", raw, null, avro(raw, article("poison-keyless", "No key", "A body, the mayor said.")),
                Expect.REFUSED_BY_BROKER);
        String hugeKey = "poison-huge-key-" + "k".repeat(100_000);
        add("100,000-character key", raw, hugeKey, avro(raw, article(hugeKey, "Huge key", "A body.")), Expect.DEAD_LETTER);
        add("1.5 MB body", raw, "poison-oversized", avro(raw, article("poison-oversized", "Oversized",
                PathologicalText.LONG_NATURAL_ARTICLE.body(1_500_000))), Expect.ENRICHED);
        add("empty title and body", raw, "poison-empty", avro(raw, article("poison-empty", "", "")), Expect.ENRICHED);
        add("whitespace only", raw, "poison-blank", avro(raw, article("poison-blank", " \t ", "\n\n\u00a0\n")), Expect.ENRICHED);
        Article negative = article("poison-negative-version", "Negative version", "The council said it would meet.");
        negative.setVersion(-5);
        add("negative version", raw, "poison-negative-version", avro(raw, negative), Expect.ENRICHED);
        Article far = article("poison-far-future", "Far future", "The agency said the port would reopen.");
        far.setPublishedAt(Instant.parse("9999-12-31T23:59:59Z"));
        add("publishedAt in year 9999", raw, "poison-far-future", avro(raw, far), Expect.ENRICHED);
        Article mismatch = article("poison-id-in-value", "Key mismatch", "Officials said the bridge was closed.");
        add("value id differs from key", raw, "poison-key-mismatch", avro(raw, mismatch), Expect.ENRICHED);
        Article hugeTitle = article("poison-huge-title", "HEADLINE ".repeat(30_000), "The mayor said so.");
        add("270,000-character title", raw, "poison-huge-title", avro(raw, hugeTitle), Expect.ENRICHED);
        Article lonely = article("poison-lone-surrogates", "\uD800 said \uDFFF", "\uDBFF\uDBFF quoted \uDC00 said “");
        add("lone surrogates in title and body", raw, "poison-lone-surrogates", avro(raw, lonely), Expect.ENRICHED);
    }

    private void oddEvidence() {
        String topic = Topics.CLAIMS_EVIDENCE;
        add("evidence with 500,000-character claim text", topic, "poison-ev-huge-text",
                avro(topic, evidence("poison-ev-huge-text", "claim ".repeat(83_000), 0.7)), Expect.STATUS);
        add("evidence with NaN confidence", topic, "poison-ev-nan", avro(topic, evidence("poison-ev-nan", "A claim", Double.NaN)),
                Expect.STATUS);
        add("evidence with infinite confidence", topic, "poison-ev-inf",
                avro(topic, evidence("poison-ev-inf", "A claim", Double.POSITIVE_INFINITY)), Expect.STATUS);
        ClaimEvidence retract = evidence("poison-ev-retract-unknown", "Nothing to retract", 0.5);
        retract.setOp(EvidenceOp.RETRACT);
        add("RETRACT of an unknown fact", topic, "poison-ev-retract-unknown", avro(topic, retract), Expect.STATUS);
        add("evidence tombstone", topic, "poison-ev-tombstone", null, Expect.DEAD_LETTER);
        // the aggregate keys facts by their own identity, not the record key: a keyless fact is still a fact of its claim
        corpus.add(new Poison("evidence without key", topic, null,
                avro(topic, evidence("poison-ev-keyless", "Keyless", 0.5)), Expect.STATUS, "poison-ev-keyless"));
    }

    private void add(String name, String topic, String key, byte[] value, Expect expect) {
        corpus.add(new Poison(name, topic, key, value, expect));
    }

    private byte[] avro(String topic, SpecificRecord record) {
        return serializer.serialize(topic, record);
    }

    static Article article(String id, String title, String body) {
        return Article.newBuilder().setId(id).setVersion(1).setContentHash("h-" + id.hashCode()).setUrl(null)
                .setPublisher("Poison Gazette").setPublishedAt(T0).setIngestedAt(T0.plusSeconds(5)).setTitle(title)
                .setBody(body).build();
    }

    private static ClaimEvidence evidence(String claimId, String claimText, double confidence) {
        return ClaimEvidence.newBuilder().setClaimId(claimId).setArticleId("poison-article").setArticleVersion(1)
                .setOp(EvidenceOp.UPSERT).setSource(Source.newBuilder().setKey("poison-source").setName("Poison Source")
                        .setType(SourceType.ORGANIZATION).build())
                .setStance(Stance.CONFIRMS).setConfidence(confidence).setClaimText(claimText).setQuote(claimText)
                .setEventTime(T0).setIngestedAt(T0).build();
    }

    private static DeadLetter deadLetter() {
        return DeadLetter.newBuilder().setApplication("poison").setTopic("t").setPartition(0).setOffset(0).setKey("k")
                .setReason("a dead letter is not an article").setException("none").setFailedAt(T0).build();
    }
}
