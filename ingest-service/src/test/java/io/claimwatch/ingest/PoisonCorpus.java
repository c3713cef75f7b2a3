package io.claimwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Adversarial HTTP bodies for ingest-service, each with the answer it must get: an HTTP status, the error code (or
 * none when accepted) and the dead-letter reasons it must leave on {@code news.articles.rejected}, in order. Sizes
 * are scaled to {@link TestConfigs}' limits so the whole corpus runs in seconds; the 1 MB versions of the
 * pathological texts are measured by {@code TextNormalizerBenchmark}.
 */
final class PoisonCorpus {

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    /** One adversarial request and its expected outcome; {@code acceptedArticles} records must reach the raw topic. */
    record Case(String name, String contentType, byte[] body, int status, String error, List<String> deadLetters,
                int acceptedArticles) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PoisonCorpus() {
    }

    /** Text fitting the test body limit, each kind a different trap for regexes, parsers or extraction. */
    static List<Case> pathologicalTexts() {
        int n = TestConfigs.MAX_BODY_BYTES / 2 - 100;
        List<Case> cases = new ArrayList<>();
        accepted(cases, "run of apostrophes", "Officials met on Monday, Smith said " + "'".repeat(n));
        accepted(cases, "run of double quotes", "He said " + "\"".repeat(n));
        accepted(cases, "repeated title word", "President ".repeat(n / 10));
        accepted(cases, "unclosed tag starts", "<a".repeat(n / 2));
        accepted(cases, "unclosed angle bracket then text", "<" + "word ".repeat(n / 5));
        accepted(cases, "unclosed tag with spaces", "< / " + " ".repeat(n) + "x");
        accepted(cases, "tiny sentences", "A b. ".repeat(n / 5));
        accepted(cases, "combining marks", "e" + "\u0301".repeat(n / 2));
        accepted(cases, "bidi overrides", "\u202Eevil\u202C text \u2066isolated\u2069 ".repeat(n / 40));
        accepted(cases, "control characters", "a\u0001b\u0007c\u001Bd\u007F\u0085 ".repeat(n / 12));
        accepted(cases, "zero-width characters", "\u200B\u200C\u200D\uFEFFword ".repeat(n / 10));
        accepted(cases, "deeply nested HTML", "<div>".repeat(n / 6) + "text" + "</div>".repeat(n / 6));
        accepted(cases, "unclosed formatting tags", "<b><i><u>".repeat(n / 10) + "text");
        accepted(cases, "unclosed script", "<p>visible</p><script>" + "x".repeat(n));
        accepted(cases, "entity run", "&amp;".repeat(n / 5));
        accepted(cases, "ampersands without semicolon", "&abc".repeat(n / 4));
        accepted(cases, "one long word", "a".repeat(n));
        accepted(cases, "line separators", "line\u2028\u2029\r\n\r".repeat(n / 8));
        accepted(cases, "whitespace runs", "x" + " \t\u00A0\u3000".repeat(n / 8) + "y");
        accepted(cases, "emoji surrogate pairs", "\uD83D\uDE00".repeat(n / 4));
        accepted(cases, "capitalized title run", "The Prime Minister Of The Republic ".repeat(n / 35));
        accepted(cases, "parentheses nesting", "(".repeat(n / 2) + "x" + ")".repeat(n / 2));
        accepted(cases, "comment open without close", "<!--" + " text".repeat(n / 5));
        return cases;
    }

    /** Bodies refused as a whole or per item. */
    static List<Case> refusals() {
        List<Case> cases = new ArrayList<>();
        refused(cases, "array nesting bomb", JSON, "[".repeat(100_000), 400, "json_too_complex");
        refused(cases, "object nesting bomb", JSON, "{\"a\":".repeat(20_000), 400, "json_too_complex");
        refused(cases, "nesting bomb inside a field", JSON, "{\"title\": " + "[".repeat(40) + "]".repeat(40) + "}", 400, "json_too_complex");
        refused(cases, "nesting bomb inside a batch item", JSON, "[{\"title\": " + "{\"x\":".repeat(40) + "1" + "}".repeat(40) + "}]", 400, "json_too_complex");
        refused(cases, "shallow array as title", JSON, "{\"title\": [[[\"x\"]]]}", 400, "wrong_type");
        refused(cases, "number with 5000 digits", JSON, "{\"title\": " + "9".repeat(5000) + "}", 400, "json_too_complex");
        refused(cases, "huge array of numbers", JSON, "[" + "1,".repeat(100_000) + "1]", 413, "batch_too_large");
        refused(cases, "huge batch of empty objects", JSON, IntStream.range(0, 20_000).mapToObj(i -> "{}")
                .collect(Collectors.joining(",", "[", "]")), 413, "batch_too_large");
        refused(cases, "huge NDJSON batch", NDJSON, "{}\n".repeat(20_000), 413, "batch_too_large");
        refused(cases, "array never closed", JSON, "[{\"title\": \"a\"}, {\"title\": \"b\"}", 400, "malformed_json");
        refused(cases, "trailing garbage", JSON, "{\"title\": \"a\"} trailing", 400, "malformed_json");
        refused(cases, "unterminated string", JSON, "{\"title\": \"" + "x".repeat(10_000), 400, "malformed_json");
        refused(cases, "raw title over the limit before normalization", JSON,
                "{\"title\": \"" + "<a".repeat(5_000) + "\"}", 422, "field_too_long");
        refused(cases, "publishedAt of 10,000 characters", JSON,
                "{\"title\": \"t\", \"publishedAt\": \"" + "2".repeat(10_000) + "\"}", 422, "field_too_long");
        refused(cases, "language of 10,000 characters", JSON,
                "{\"title\": \"t\", \"language\": \"" + "e".repeat(10_000) + "\"}", 422, "field_too_long");
        refused(cases, "URL of 3,000 characters", JSON,
                "{\"title\": \"t\", \"url\": \"https://example.org/" + "p".repeat(3_000) + "\"}", 422, "field_too_long");
        refused(cases, "pathological body over the limit", JSON,
                "{\"title\": \"t\", \"body\": \"" + "<a".repeat(TestConfigs.MAX_BODY_BYTES) + "\"}", 413, "body_too_large");
        refused(cases, "lone surrogate escapes only", JSON, "{\"title\": \"\\uD800\\u0000\", \"body\": \"\\u200B\"}", 422, "empty_content");
        refused(cases, "charset UTF-16", "application/json; charset=utf-16", "{\"title\": \"t\"}", 415, "unsupported_media_type");
        invalidUtf8(cases, "overlong encoding", new byte[] {(byte) 0xC0, (byte) 0xAF});
        invalidUtf8(cases, "lone continuation byte", new byte[] {(byte) 0x80});
        invalidUtf8(cases, "truncated four-byte sequence", new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});
        invalidUtf8(cases, "UTF-8 encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        invalidUtf8(cases, "byte 0xFF", new byte[] {(byte) 0xFF});
        cases.add(new Case("batch with one bad item", JSON,
                utf8("[{\"title\": \"good one\", \"url\": \"https://example.org/poison/" + System.nanoTime() + "\"},"
                        + " {\"title\": 7}, {\"title\": \"good two\", \"url\": \"https://example.org/poison2/" + System.nanoTime() + "\"}]"),
                207, null, List.of("wrong_type"), 2));
        cases.add(new Case("NDJSON with a broken line and a nested line", NDJSON,
                utf8("{\"title\": \"ndjson good " + System.nanoTime() + "\"}\n{\"title\": \n" + "[".repeat(50) + "\n"),
                207, null, List.of("malformed_json", "json_too_complex"), 1));
        return cases;
    }

    private static void accepted(List<Case> cases, String name, String body) {
        String json = "{\"title\": \"Poison case " + name + " " + System.nanoTime() + "\", \"body\": " + jsonString(body) + "}";
        cases.add(new Case("accepted: " + name, JSON, utf8(json), 201, null, List.of(), 1));
    }

    private static void refused(List<Case> cases, String name, String contentType, String body, int status, String error) {
        cases.add(new Case("refused: " + name, contentType, utf8(body), status, error, List.of(error), 0));
    }

    private static void invalidUtf8(List<Case> cases, String name, byte[] bad) {
        byte[] prefix = utf8("{\"title\": \"");
        byte[] suffix = utf8("\"}");
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        cases.add(new Case("refused: invalid UTF-8, " + name, JSON, body, 400, "invalid_utf8", List.of("invalid_utf8"), 0));
    }

    static List<Case> all() {
        List<Case> all = new ArrayList<>(pathologicalTexts());
        all.addAll(refusals());
        return Collections.unmodifiableList(all);
    }

    /** A JSON string literal; characters JSON may not carry raw are escaped, everything else is sent as is. */
    static String jsonString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
