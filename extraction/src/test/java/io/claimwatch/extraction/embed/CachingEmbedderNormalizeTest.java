package io.claimwatch.extraction.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link CachingEmbedder#normalize}: stripped, every run of {@code \s} one space, lower case. */
class CachingEmbedderNormalizeTest {
  @Test
  void shouldCollapseWhitespaceRunsAndLowerCase() {
    List<String> texts = List.of("", " ", "Port Strike", "  Port  Strike ", "Port\tStrike", "Port \n Strike", "Port\u000BStrike",
        "Port\fStrike\r", "Port\u00A0Strike", "Port\u2003 Strike", "Ünïcode  Städte", "a b  c   d");
    for (String t : texts) {
      assertThat(CachingEmbedder.normalize(t)).as(t).isEqualTo(t.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
  }
}
