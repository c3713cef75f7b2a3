package io.claimwatch.enrich.extract.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.enrich.extract.ArticleInput;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads article files for offline analysis: plain text (first line = title, rest = body; publisher and URL from the
 * caller's options), a JSON object {@code {url, publisher, publishedAt, title, body}}, or JSON lines of such objects.
 * The article id is the normalized URL (lowercase scheme and host, no fragment, no trailing slash), else a hash of the
 * text, as on the ingest side.
 */
public final class ArticleFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleFiles() {}

  /** The articles in one file, in order. Throws IllegalArgumentException naming the file for unusable input. */
  public static List<ArticleInput> read(Path file, String publisherOption, String urlOption) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    if (content.startsWith("\uFEFF")) content = content.substring(1);
    String trimmed = content.strip();
    if (trimmed.isEmpty()) throw new IllegalArgumentException(file + ": empty file");
    List<ArticleInput> out = new ArrayList<>();
    if (trimmed.startsWith("{")) {
      List<String> records = trimmed.contains("\n{") ? trimmed.lines().filter(l -> !l.isBlank()).toList() : List.of(trimmed);
      for (int i = 0; i < records.size(); i++) out.add(fromJson(file, i + 1, records.get(i)));
      return out;
    }
    int nl = content.indexOf('\n');
    String title = nl < 0 ? content : content.substring(0, nl);
    String body = nl < 0 ? "" : content.substring(nl + 1);
    out.add(article(urlOption, publisherOption, title, body));
    return out;
  }

  private static ArticleInput fromJson(Path file, int record, String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " record " + record + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (!n.isObject()) throw new IllegalArgumentException(file + " record " + record + ": expected a JSON object");
    String title = text(n, "title");
    String body = text(n, "body");
    if (title == null && body == null) {
      throw new IllegalArgumentException(file + " record " + record + ": needs a \"title\" or a \"body\"");
    }
    return article(text(n, "url"), text(n, "publisher"), title, body);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static ArticleInput article(String url, String publisher, String title, String body) {
    ArticleInput draft = new ArticleInput("", publisher, url, title, body);
    String id = url != null && !url.isBlank() ? normalizeUrl(url) : "sha256:" + hash(draft.text());
    return new ArticleInput(id, publisher, url, draft.title(), draft.body());
  }

  static String normalizeUrl(String url) {
    try {
      URI u = URI.create(url.strip());
      if (u.getScheme() == null || u.getHost() == null) return url.strip();
      String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
      String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
      String port = u.getPort() < 0 ? "" : ":" + u.getPort();
      return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + port + path + query;
    } catch (IllegalArgumentException e) {
      return url.strip();
    }
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
