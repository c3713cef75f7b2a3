package io.claimwatch.extraction.lexicon;

import io.claimwatch.extraction.SourceKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The alias/affiliation table ({@code /extract/sources.tsv}): known sources with a stable key, kind, display name,
 * the organization a person speaks for, aliases, and the claim participants a source speaks for (the Kremlin speaks
 * for Putin). Lookups are by normalized alias (lowercase, straight apostrophes, single spaces, no leading "the").
 */
public final class SourceDirectory {
  /** One known source. */
  public record Entry(String key, SourceKind type, String name, String affiliationKey, List<String> aliases,
      List<String> speaksFor) {}

  private final Map<String, Entry> byAlias = new HashMap<>();
  private final Map<String, Entry> byKey = new HashMap<>();

  private SourceDirectory() {}

  public static SourceDirectory fromResources() {
    SourceDirectory dir = new SourceDirectory();
    for (String line : ResourceText.lines("sources.tsv")) {
      String[] f = line.split("\t");
      List<String> aliases = Arrays.asList(f[4].split("\\|"));
      List<String> speaksFor = "-".equals(f[5]) ? List.of() : Arrays.asList(f[5].split("\\|"));
      Entry e = new Entry(f[0], SourceKind.valueOf(f[1]), f[2], "-".equals(f[3]) ? null : f[3], aliases, speaksFor);
      dir.byKey.put(e.key(), e);
      dir.byAlias.put(normalize(e.name()), e);
      for (String a : aliases) dir.byAlias.put(normalize(a), e);
    }
    return dir;
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
