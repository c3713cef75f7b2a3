package io.claimwatch.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads plain-text articles (first line the title, the rest the body) from a directory at run time, in file-name
 * order, as ingest API submissions. The text is only read, never stored by the harness.
 */
public final class SeedArticles {
  private SeedArticles() {
  }

  public static List<Map<String, Object>> read(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      if (texts.isEmpty()) {
        throw new IllegalArgumentException("no .txt files in " + dir);
      }
      return texts.stream().map(SeedArticles::submission).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static Map<String, Object> submission(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      String title = newline < 0 ? text.strip() : text.substring(0, newline).strip();
      String body = newline < 0 ? "" : text.substring(newline + 1).strip();
      return Map.of("title", title, "body", body, "source", "load-harness");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
