package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text, however broken, analyzes without throwing and with every span pointing at its own text. */
class AnalyzerRobustnessTest {
  private static final List<String> PIECES = List.of("said", "told", "denied", "confirmed", "according to", "citing",
      "reportedly", "not", "neither", "nor", "called it false", "“", "”", "\"", "'s", ",", ".", ":", "–", "\n", " ",
      "The Harbor Times", "Mayor Lena Ortiz", "he", "the latter", "sources familiar with the matter", "was reported by",
      "U.S.", "Nov.", "(Nordwire)", "OSLO,", "Putin", "Trump-Putin", "it", "\u00a0", "?", "!", "that", "the");

  @Provide
  Arbitrary<String> newsLikeText() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(6));
    return piece.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void shouldKeepEverySpanInsideTheTextWhenTextIsArbitrary(@ForAll("newsLikeText") String title, @ForAll("newsLikeText") String body) {
    ArticleInput in = new ArticleInput("p", null, null, title, body);
    ArticleAnalysis a = Analyses.ANALYZER.analyze(in);
    String text = in.text();
    List<TextSpan> spans = new ArrayList<>(a.sentences());
    for (FoundAttribution x : a.attributions()) {
      Stream.of(x.sourceSpan(), x.cue(), x.content()).filter(Objects::nonNull).forEach(spans::add);
      if (x.claimId() != null) {
        assertThat(a.claims()).as("an attribution's claim is among the claims").anyMatch(c -> c.claimId().equals(x.claimId()));
      }
    }
    for (TextSpan s : spans) {
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }
}
