package io.claimwatch.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimwatch.extraction.ArticleInput;
import io.claimwatch.ingest.normalize.ContentHash;
import io.claimwatch.ingest.normalize.TextNormalizer;
import io.claimwatch.ingest.normalize.UrlNormalizer;

/**
 * Reads articles for {@code claimwatch analyze} exactly as given (no normalization), so offsets point into the
 * input text: a {@code .txt} file is its first line (title) and the rest (body); a {@code .json} file is one
 * {@code {url, publisher, publishedAt, title, body}} object or an array of them; {@code .jsonl} one object per line.
 * Directories are walked in name order. Ids follow ingest's rule (normalized URL, else content hash).
 */
final class AnalyzeInputs {
    record Input(String origin, ArticleInput article) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalyzeInputs() {
    }

    static List<Input> read(List<Path> paths) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(Files::isRegularFile).filter(AnalyzeInputs::isArticleFile).sorted().toList()) {
                        inputs.addAll(readFile(file));
                    }
                }
            } else {
                inputs.addAll(readFile(path));
            }
        }
        return inputs;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl");
    }

    private static List<Input> readFile(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (content.isBlank()) {
            throw new IllegalArgumentException(file + ": empty file");
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".jsonl")) {
            List<Input> inputs = new ArrayList<>();
            String[] lines = content.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    inputs.add(fromJson(file + ":" + (i + 1), lines[i]));
                }
            }
            return inputs;
        }
        if (name.endsWith(".json")) {
            JsonNode node = parse(file.toString(), content);
            List<Input> inputs = new ArrayList<>();
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    inputs.add(fromJson(file + "[" + i + "]", node.get(i)));
                }
            } else {
                inputs.add(fromJson(file.toString(), node));
            }
            return inputs;
        }
        int newline = content.indexOf('\n');
        String title = newline < 0 ? content : content.substring(0, newline);
        String body = newline < 0 ? "" : content.substring(newline + 1);
        return List.of(new Input(file.toString(), article(null, null, title, body)));
    }

    private static Input fromJson(String origin, String json) {
        return fromJson(origin, parse(origin, json));
    }

    private static JsonNode parse(String origin, String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + ": not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Input fromJson(String origin, JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(origin + ": expected a JSON object with title and body");
        }
        return new Input(origin, article(text(node, "url"), text(node, "publisher"), text(node, "title"), text(node, "body")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ArticleInput article(String url, String publisher, String title, String body) {
        String id = url != null && !url.isBlank()
                ? UrlNormalizer.normalize(url)
                : ContentHash.contentId(TextNormalizer.line(title == null ? "" : title), TextNormalizer.body(body == null ? "" : body));
        return new ArticleInput(id, publisher, url, title, body);
    }
}
