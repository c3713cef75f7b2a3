package io.claimwatch.extraction.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads the extractor's classpath resources: data lines (no blanks, no '#' comments) and properties. */
final class ResourceText {
  private ResourceText() {}

  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String line : read(name).split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) out.add(line.replace("\r", ""));
    }
    return out;
  }

  static Properties properties(String name) {
    Properties p = new Properties();
    try {
      p.load(new java.io.StringReader(read(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String read(String name) {
    String path = "/extract/" + name;
    try (InputStream in = ResourceText.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing classpath resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
