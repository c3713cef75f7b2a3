package io.claimwatch.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.embed.SentenceEmbedder;
import io.claimwatch.schemas.Claim;
import io.claimwatch.schemas.ClaimMention;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.Span;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The stream stage's mention vectors read each claim with its title line or sentence, as offline resolution does. */
class MentionDeriverContextTest {
    private static final String TITLE = "Harbor board sells the old ferry";
    private static final String BODY = "The pier stays open. Crews repaired the ramp and the port reopened.";

    /** Text → fixed two-dimensional vector. */
    private static final SentenceEmbedder TABLE = new SentenceEmbedder() {
        private final Map<String, float[]> table = Map.of(
                "the old ferry was sold", new float[] {1, 0},
                TITLE, new float[] {0, 1},
                "Crews repaired the ramp", new float[] {1, 0},
                "the port reopened", new float[] {0, 1},
                "Crews repaired the ramp and the port reopened.", new float[] {0.6f, 0.8f});

        @Override
        public String modelId() {
            return "table";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[] embed(String text) {
            return table.get(text);
        }
    };

    private static Span span(String whole, String part) {
        int start = whole.indexOf(part);
        return new Span(part, start, start + part.length());
    }

    private static Claim claim(String text, Span span) {
        return Claim.newBuilder().setClaimId(text).setMentionId("a#" + text).setText(text).setCanonical(text)
                .setSpan(span).build();
    }

    private static EnrichedArticle article(List<Claim> claims) {
        String text = TITLE + "\n" + BODY;
        return EnrichedArticle.newBuilder().setArticleId("a").setVersion(1).setTitle(TITLE).setIngestedAt(java.time.Instant.EPOCH)
                .setSentences(List.of(span(text, TITLE), span(text, "The pier stays open."),
                        span(text, "Crews repaired the ramp and the port reopened.")))
                .setClaims(claims).build();
    }

    private static float[] vector(MentionChange change) {
        ClaimMention m = change.mention();
        float[] v = new float[m.getEmbedding().size()];
        for (int i = 0; i < v.length; i++) v[i] = m.getEmbedding().get(i);
        return v;
    }

    @Test
    void shouldAddTheTitleToTheVectorWhenTheClaimStandsInTheTitle() {
        String text = TITLE + "\n" + BODY;
        List<MentionChange> out = new MentionDeriver(TABLE).replacement(null,
                article(List.of(claim("the old ferry was sold", span(text, "Harbor board sells the old ferry")))));
        float[] v = vector(out.get(0));
        double norm = Math.sqrt(1 + 1.5 * 1.5);
        assertThat((double) v[0]).isCloseTo(1 / norm, Offset.offset(1e-6));
        assertThat((double) v[1]).isCloseTo(1.5 / norm, Offset.offset(1e-6));
    }

    @Test
    void shouldKeepTheTextVectorsWhenTwoClaimsShareTheirSentence() {
        String text = TITLE + "\n" + BODY;
        List<MentionChange> out = new MentionDeriver(TABLE).replacement(null, article(List.of(
                claim("Crews repaired the ramp", span(text, "Crews repaired the ramp")),
                claim("the port reopened", span(text, "the port reopened")))));
        assertThat(vector(out.get(0))).containsExactly(1, 0);
        assertThat(vector(out.get(1))).containsExactly(0, 1);
    }
}
