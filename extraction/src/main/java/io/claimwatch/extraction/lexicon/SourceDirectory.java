package io.claimwatch.extraction.lexicon;

import io.claimwatch.extraction.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An optional curated alias/affiliation table: known sources with a stable key, kind, display name, the organization a
 * person speaks for, aliases, and the claim participants a source speaks for. The bundled {@code /extract/sources.tsv}
 * is empty on purpose (sources and affiliations come from the text, see {@code docs/enrich-extract.md}); an operator
 * may supply a table of their own ({@code ENRICH_SOURCES_FILE}, {@link #fromFile}). Format: one source per line, six
 * tab-separated columns {@code key, kind (PERSON|ORGANIZATION|PUBLICATION|ANONYMOUS), name, affiliation key or -,
 * aliases separated by |, speaks-for keys separated by | or -}; {@code #} starts a comment line. Lookups are by
 * normalized alias (lowercase, straight apostrophes, single spaces, no leading "the").
 */
public final class SourceDirectory {
  /** One known source. */
  public record Entry(String key, SourceKind type, String name, String affiliationKey, List<String> aliases,
      List<String> speaksFor) {}

  private final Map<String, Entry> byAlias = new HashMap<>();
  private final Map<String, Entry> byKey = new HashMap<>();

  private SourceDirectory() {}

  /** The bundled table (empty unless a build adds generic entries). */
  public static SourceDirectory fromResources() {
    return parse(ResourceText.lines("sources.tsv"), "classpath:/extract/sources.tsv");
  }

  /** A table with no entries. */
  public static SourceDirectory empty() {
    return new SourceDirectory();
  }

  /** An operator's table (format in the class comment); a malformed line fails with its file and line number. */
  public static SourceDirectory fromFile(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lines.add(line.isBlank() || line.startsWith("#") ? "" : line);
    }
    return parse(lines, file.toString());
  }

  /** A table from lines of the file format (blank lines and '#' comments allowed), e.g. for tests. */
  public static SourceDirectory fromLines(List<String> lines) {
    return parse(lines.stream().map(l -> l.startsWith("#") ? "" : l).toList(), "source table");
  }

  private static SourceDirectory parse(List<String> lines, String origin) {
    SourceDirectory dir = new SourceDirectory();
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank()) continue;
      String[] f = line.split("\t");
      SourceKind kind = f.length == 6 ? kind(f[1]) : null;
      if (kind == null || f[0].isBlank() || f[2].isBlank()) {
        throw new IllegalArgumentException(origin + " line " + number
            + ": expected 6 tab-separated columns key, kind (PERSON|ORGANIZATION|PUBLICATION|ANONYMOUS), name,"
            + " affiliation key or -, aliases (|), speaks-for keys (| or -)");
      }
      List<String> aliases = Arrays.asList(f[4].split("\\|"));
      List<String> speaksFor = "-".equals(f[5]) ? List.of() : Arrays.asList(f[5].split("\\|"));
      Entry e = new Entry(f[0], kind, f[2], "-".equals(f[3]) ? null : f[3], aliases, speaksFor);
      dir.byKey.put(e.key(), e);
      dir.byAlias.put(normalize(e.name()), e);
      for (String a : aliases) if (!a.isBlank()) dir.byAlias.put(normalize(a), e);
    }
    return dir;
  }

  private static SourceKind kind(String s) {
    try {
      return SourceKind.valueOf(s.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Number of sources in the table. */
  public int size() {
    return byKey.size();
  }

  public static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = !b.isEmpty();
        continue;
      }
      if (c == '’') c = '\'';
      if (space && !(c == '\'' && i + 1 < s.length() && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S'))) b.append(' ');
      space = false;
      b.append(Character.toLowerCase(c));
    }
    return b.length() > 4 && b.indexOf("the ") == 0 ? b.substring(4) : b.toString();
  }

  /** The entry for an alias, or null. */
  public Entry byAlias(String mention) {
    return byAlias.get(normalize(mention));
  }

  public Entry byKey(String key) {
    return key == null ? null : byKey.get(key);
  }

  /** All aliases (normalized) with their entries, for substitutions in claim text. */
  public Map<String, Entry> aliases() {
    return Map.copyOf(byAlias);
  }
}
