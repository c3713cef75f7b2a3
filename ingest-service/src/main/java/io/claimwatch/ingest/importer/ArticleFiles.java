package io.claimwatch.ingest.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.ingest.validate.ArticleSubmission;
import io.claimwatch.ingest.validate.RejectReason;
import io.claimwatch.ingest.validate.RejectedException;
import io.claimwatch.ingest.validate.Rejection;
import io.claimwatch.ingest.validate.SubmissionParser;
import io.claimwatch.ingest.validate.SubmissionParser.ParsedItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads article files into submissions. {@code .txt}: first line title, rest body. {@code .json}: one article object
 * or an array of them. {@code .jsonl}/{@code .ndjson}: one object per line. Directories are walked recursively in
 * name order, taking only those extensions; a file named explicitly with another extension is refused.
 */
public final class ArticleFiles {

    /** One article read from a file, with where it came from. */
    public record Entry(String origin, ParsedItem item) {
    }

    private final SubmissionParser parser;
    private final ObjectMapper mapper = new ObjectMapper();

    public ArticleFiles(SubmissionParser parser) {
        this.parser = parser;
    }

    /** Expands directories into the article files under them, in a stable order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::supported).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** Reads one file; unreadable or malformed content becomes rejected entries, never an exception. */
    public List<Entry> read(Path file, ImportOptions options) {
        String origin = file.toString();
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String text;
        try {
            text = SubmissionParser.decodeUtf8(Files.readAllBytes(file));
        } catch (IOException e) {
            return List.of(failed(origin, RejectReason.UNREADABLE_FILE, "cannot read file: " + e.getMessage(), ""));
        } catch (RejectedException e) {
            return List.of(new Entry(origin, new ParsedItem(null, e.rejection(), "")));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return List.of(new Entry(origin, ok(plainText(text), options, stem, text)));
        }
        if (lower.endsWith(".json")) {
            return readJson(origin, text, options, stem);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return readLines(origin, text, options, stem);
        }
        return List.of(failed(origin, RejectReason.UNSUPPORTED_MEDIA_TYPE,
                "unsupported file type; use .txt, .json or .jsonl", text));
    }

    private List<Entry> readJson(String origin, String text, ImportOptions options, String stem) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (IOException e) {
            return List.of(failed(origin, RejectReason.MALFORMED_JSON, "malformed JSON: " + e.getMessage(), text));
        }
        if (root == null || !root.isArray()) {
            return List.of(parseOne(origin, text, options, stem));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            entries.add(parseOne(origin + "[" + i + "]", root.get(i).toString(), options, stem + "/" + i));
        }
        return entries;
    }

    private List<Entry> readLines(String origin, String text, ImportOptions options, String stem) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                entries.add(parseOne(origin + ":" + (i + 1), lines.get(i), options, stem + "/" + (i + 1)));
            }
        }
        return entries;
    }

    private Entry parseOne(String origin, String json, ImportOptions options, String urlStem) {
        try {
            return new Entry(origin, ok(parser.parseObject(json), options, urlStem, json));
        } catch (RejectedException e) {
            return new Entry(origin, new ParsedItem(null, e.rejection(), json));
        }
    }

    private static ArticleSubmission plainText(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int newline = normalized.indexOf('\n');
        String title = newline < 0 ? normalized : normalized.substring(0, newline);
        String body = newline < 0 ? "" : normalized.substring(newline + 1);
        return new ArticleSubmission(null, null, null, title, body, null, null, null);
    }

    private static ParsedItem ok(ArticleSubmission submission, ImportOptions options, String urlStem, String raw) {
        ArticleSubmission s = submission.withDefaults(options.publisher(), options.publishedAt(), options.source());
        if (s.url() == null && options.urlPrefix() != null) {
            s = s.withUrl(options.urlPrefix() + urlStem);
        }
        return new ParsedItem(s, null, raw);
    }

    private static Entry failed(String origin, RejectReason reason, String message, String raw) {
        return new Entry(origin, new ParsedItem(null, Rejection.of(reason, null, message), raw));
    }
}
