package io.claimwatch.ingest.validate;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SubmissionParserTest {

    private final SubmissionParser parser = SubmissionParser.create(3);

    @Test
    void shouldParseSingleObjectWhenJsonObject() throws Exception {
        SubmissionParser.ParsedRequest request = parser.parseJson("{\"title\":\"T\",\"body\":\"B\",\"publisher\":\"P\"}");
        assertThat(request.batch()).isFalse();
        assertThat(request.items()).singleElement().satisfies(item -> {
            assertThat(item.ok()).isTrue();
            assertThat(item.submission().publisher()).isEqualTo("P");
        });
    }

    @Test
    void shouldKeepGoodItemsWhenOneArrayItemHasWrongType() throws Exception {
        SubmissionParser.ParsedRequest request = parser.parseJson("[{\"title\":\"T\"},{\"title\":5},\"x\"]");
        assertThat(request.batch()).isTrue();
        assertThat(request.items()).extracting(i -> i.rejection() == null ? null : i.rejection().reason())
                .containsExactly(null, RejectReason.WRONG_TYPE, RejectReason.NOT_AN_OBJECT);
        assertThat(request.items().get(1).rejection().field()).isEqualTo("title");
    }

    @Test
    void shouldRejectLineOnlyWhenNdjsonLineMalformed() throws Exception {
        SubmissionParser.ParsedRequest request = parser.parseNdjson("{\"title\":\"A\"}\n\n{oops\n");
        assertThat(request.items()).hasSize(2);
        assertThat(request.items().get(1).rejection().reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(request.items().get(1).raw()).isEqualTo("{oops");
    }

    @Test
    void shouldRejectWhenJsonMalformed() {
        assertThat(reason(() -> parser.parseJson("{\"title\": \"T\""))).isEqualTo(RejectReason.MALFORMED_JSON);
    }

    @Test
    void shouldRejectWhenBatchOverLimitOrEmpty() {
        assertThat(reason(() -> parser.parseJson("[{},{},{},{}]"))).isEqualTo(RejectReason.BATCH_TOO_LARGE);
        assertThat(reason(() -> parser.parseJson("[]"))).isEqualTo(RejectReason.EMPTY_BATCH);
        assertThat(reason(() -> parser.parseJson("   "))).isEqualTo(RejectReason.EMPTY_REQUEST);
        assertThat(reason(() -> parser.parseJson("42"))).isEqualTo(RejectReason.NOT_AN_OBJECT);
    }

    @Test
    void shouldRejectWhenFieldUnknown() throws Exception {
        SubmissionParser.ParsedRequest request = parser.parseJson("{\"titel\":\"T\"}");
        assertThat(request.items().get(0).rejection().reason()).isEqualTo(RejectReason.UNKNOWN_FIELD);
        assertThat(request.items().get(0).rejection().field()).isEqualTo("titel");
    }

    @Test
    void shouldRejectWhenBytesAreNotUtf8() throws Exception {
        byte[] bad = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(reason(() -> SubmissionParser.decodeUtf8(bad))).isEqualTo(RejectReason.INVALID_UTF8);
        assertThat(SubmissionParser.decodeUtf8("é".getBytes(StandardCharsets.UTF_8))).isEqualTo("é");
    }

    private interface Call {
        void run() throws RejectedException;
    }

    private static RejectReason reason(Call call) {
        RejectedException e = catchThrowableOfType(RejectedException.class, call::run);
        return e == null ? null : e.rejection().reason();
    }

    @Test
    void shouldRefuseAsTooComplexWhenNestingIsDeep() {
        assertThat(reason(() -> parser.parseJson("[".repeat(100_000)))).isEqualTo(RejectReason.JSON_TOO_COMPLEX);
        assertThat(reason(() -> parser.parseJson("{\"title\": " + "[".repeat(40) + "]".repeat(40) + "}")))
                .isEqualTo(RejectReason.JSON_TOO_COMPLEX);
    }

    @Test
    void shouldRefuseBeforeReadingEverythingWhenArrayIsHuge() {
        assertThat(reason(() -> parser.parseJson("[" + "1,".repeat(1_000_000) + "1]"))).isEqualTo(RejectReason.BATCH_TOO_LARGE);
    }

    @Test
    void shouldRefuseWhenContentTrailsTheValue() {
        assertThat(reason(() -> parser.parseJson("{\"title\": \"a\"} {}"))).isEqualTo(RejectReason.MALFORMED_JSON);
    }
}
