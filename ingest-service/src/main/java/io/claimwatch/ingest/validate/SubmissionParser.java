package io.claimwatch.ingest.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns request bytes into submissions: strict UTF-8 decoding, then one JSON object, a JSON array of objects, or
 * NDJSON (one object per non-blank line). Whole-request problems throw {@link RejectedException}; problems with one
 * item of a batch become a failed {@link ParsedItem} so that the other items can still be accepted.
 */
public final class SubmissionParser {

    /** Fields the API accepts; anything else is refused as {@code unknown_field} so typos do not pass silently. */
    public static final Set<String> FIELDS =
            Set.of("url", "publisher", "publishedAt", "title", "body", "language", "author", "source");

    /** Articles are flat objects; anything deeper than this is a nesting bomb, refused while parsing. */
    public static final int MAX_NESTING_DEPTH = 32;

    private final ObjectMapper mapper;
    private final int maxBatchItems;

    public SubmissionParser(ObjectMapper mapper, int maxBatchItems) {
        this.mapper = mapper;
        this.maxBatchItems = maxBatchItems;
    }

    /** A parser whose JSON reader refuses nesting deeper than {@link #MAX_NESTING_DEPTH} before building anything. */
    public static SubmissionParser create(int maxBatchItems) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        return new SubmissionParser(new ObjectMapper(factory), maxBatchItems);
    }

    /** One item of a request: either a submission or the rejection for it, with its raw text for dead letters. */
    public record ParsedItem(ArticleSubmission submission, Rejection rejection, String raw) {
        public boolean ok() {
            return rejection == null;
        }
    }

    /** A parsed request: whether it was a batch (array or NDJSON) and its items in order. */
    public record ParsedRequest(boolean batch, List<ParsedItem> items) {
    }

    /** Strict UTF-8 decoding; invalid byte sequences are refused rather than replaced. */
    public static String decodeUtf8(byte[] bytes) throws RejectedException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedException(RejectReason.INVALID_UTF8, null, "request body is not valid UTF-8");
        }
    }

    /**
     * One JSON object, or an array of objects read element by element (streaming), so an array over the item limit
     * is refused after {@code maxBatchItems + 1} elements instead of being built as a tree first.
     */
    public ParsedRequest parseJson(String text) throws RejectedException {
        if (text.isBlank()) {
            throw new RejectedException(RejectReason.EMPTY_REQUEST, null, "request body is empty");
        }
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RejectedException(RejectReason.EMPTY_REQUEST, null, "no JSON value found");
            }
            if (first != JsonToken.START_ARRAY) {
                JsonNode root = mapper.readTree(parser);
                requireEnd(parser);
                if (!root.isObject()) {
                    throw new RejectedException(RejectReason.NOT_AN_OBJECT, null,
                            "expected a JSON object or an array of objects, got " + root.getNodeType().name().toLowerCase());
                }
                return new ParsedRequest(false, List.of(toItem(root, text)));
            }
            List<ParsedItem> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == null) {
                    throw new RejectedException(RejectReason.MALFORMED_JSON, null, "malformed JSON: the array is not closed");
                }
                if (items.size() == maxBatchItems) {
                    throw new RejectedException(RejectReason.BATCH_TOO_LARGE, null,
                            "batch has more than " + maxBatchItems + " articles, the limit is " + maxBatchItems);
                }
                JsonNode node = mapper.readTree(parser);
                items.add(toItem(node, node.toString()));
            }
            requireEnd(parser);
            checkBatchSize(items.size());
            return new ParsedRequest(true, items);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new RejectedException(RejectReason.MALFORMED_JSON, null, "malformed JSON: " + e.getMessage());
        }
    }

    private static void requireEnd(JsonParser parser) throws IOException, RejectedException {
        if (parser.nextToken() != null) {
            throw new RejectedException(RejectReason.MALFORMED_JSON, null,
                    "malformed JSON: unexpected content after the value at " + location(parser.currentLocation()));
        }
    }

    public ParsedRequest parseNdjson(String text) throws RejectedException {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new RejectedException(RejectReason.EMPTY_REQUEST, null, "request body has no NDJSON lines");
        }
        checkBatchSize(lines.size());
        List<ParsedItem> items = new ArrayList<>();
        for (String line : lines) {
            try {
                items.add(toItem(readTree(line), line));
            } catch (RejectedException e) {
                items.add(new ParsedItem(null, e.rejection(), line));
            }
        }
        return new ParsedRequest(true, items);
    }

    /** Parses one JSON object (e.g. a .json file or one .jsonl line) into a submission. */
    public ArticleSubmission parseObject(String json) throws RejectedException {
        return submission(readTree(json));
    }

    private ParsedItem toItem(JsonNode node, String raw) {
        try {
            return new ParsedItem(submission(node), null, raw);
        } catch (RejectedException e) {
            return new ParsedItem(null, e.rejection(), raw);
        }
    }

    private void checkBatchSize(int size) throws RejectedException {
        if (size == 0) {
            throw new RejectedException(RejectReason.EMPTY_BATCH, null, "batch has no articles");
        }
        if (size > maxBatchItems) {
            throw new RejectedException(RejectReason.BATCH_TOO_LARGE, null,
                    "batch has " + size + " articles, the limit is " + maxBatchItems);
        }
    }

    private JsonNode readTree(String text) throws RejectedException {
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new RejectedException(RejectReason.EMPTY_REQUEST, null, "no JSON value found");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /** Syntax errors and broken limits (nesting depth, string or number length) alike: 400 with where and why. */
    private static RejectedException malformed(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new RejectedException(RejectReason.JSON_TOO_COMPLEX, null,
                    "JSON over a parser limit (nesting depth at most " + MAX_NESTING_DEPTH + ", numbers at most 1000 digits): " + e.getOriginalMessage());
        }
        String where = e.getLocation() == null ? "" : " at " + location(e.getLocation());
        return new RejectedException(RejectReason.MALFORMED_JSON, null, "malformed JSON" + where + ": " + e.getOriginalMessage());
    }

    private static String location(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static ArticleSubmission submission(JsonNode node) throws RejectedException {
        if (!(node instanceof ObjectNode object)) {
            throw new RejectedException(RejectReason.NOT_AN_OBJECT, null,
                    "each article must be a JSON object, got " + node.getNodeType().name().toLowerCase());
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String name = entry.getKey();
            if (!FIELDS.contains(name)) {
                throw new RejectedException(RejectReason.UNKNOWN_FIELD, name,
                        "unknown field '" + name + "'; accepted fields are " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        return new ArticleSubmission(text(object, "url"), text(object, "publisher"), text(object, "publishedAt"),
                text(object, "title"), text(object, "body"), text(object, "language"), text(object, "author"),
                text(object, "source"));
    }

    private static String text(ObjectNode object, String field) throws RejectedException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new RejectedException(RejectReason.WRONG_TYPE, field,
                    "field '" + field + "' must be a string, got " + value.getNodeType().name().toLowerCase());
        }
        return value.textValue();
    }
}
