package io.claimwatch.tools.eval;

import io.claimwatch.extraction.TextSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One gold attribution of a PolNeAR BRAT file: an {@code E} line tying an Attribution trigger to its Source, Cue and
 * Content text-bound annotations ({@code T} lines; discontinuous spans "a b;c d" are taken from first start to last end).
 */
public record BratAttribution(TextSpan source, TextSpan cue, TextSpan content) {

  /** The attributions with a Source in one .ann file. */
  public static List<BratAttribution> read(Path ann) throws IOException {
    Map<String, TextSpan> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : Files.readAllLines(ann)) {
      String[] f = line.split("\t");
      if (f.length < 2) continue;
      if (f[0].startsWith("T") && f.length >= 3) {
        String[] typeAndOffsets = f[1].split(" ", 2);
        if (typeAndOffsets.length < 2) continue;
        String[] ranges = typeAndOffsets[1].split(";");
        int start = Integer.parseInt(ranges[0].split(" ")[0]);
        int end = Integer.parseInt(ranges[ranges.length - 1].split(" ")[1]);
        if (start >= 0 && end >= start) spans.put(f[0], new TextSpan(f[2], start, end));
      } else if (f[0].startsWith("E")) {
        events.add(f[1].split(" "));
      }
    }
    List<BratAttribution> out = new ArrayList<>();
    for (String[] roles : events) {
      TextSpan source = null;
      TextSpan cue = null;
      TextSpan content = null;
      for (String role : roles) {
        String[] kv = role.split(":", 2);
        if (kv.length < 2) continue;
        TextSpan s = spans.get(kv[1]);
        if (kv[0].startsWith("Source")) source = s;
        else if (kv[0].startsWith("Cue")) cue = s;
        else if (kv[0].startsWith("Content")) content = s;
      }
      if (source != null && cue != null) out.add(new BratAttribution(source, cue, content));
    }
    return out;
  }
}
