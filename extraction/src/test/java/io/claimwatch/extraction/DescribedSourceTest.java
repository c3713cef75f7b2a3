package io.claimwatch.extraction;

import static io.claimwatch.extraction.Analyses.attributions;
import static io.claimwatch.extraction.Analyses.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A source phrase that describes the person before naming them ("Democratic pollster Ann Roe"): the span covers the
 * whole phrase, as news attribution corpora mark it, while the source is the name, so a later surname is the same
 * person.
 */
class DescribedSourceTest {

  @Test
  void shouldSpanTheDescriptionAndNameThePersonWhenANameFollowsIt() {
    FoundAttribution a = only("Democratic pollster Ann Roe said the vote would be close.");
    assertThat(a.sourceSpan().text()).isEqualTo("Democratic pollster Ann Roe");
    assertThat(a.source().name()).isEqualTo("Ann Roe");
    assertThat(a.source().type()).isEqualTo(SourceKind.PERSON);
  }

  @Test
  void shouldResolveALaterSurnameToThePersonWhenTheFirstMentionWasDescribed() {
    List<FoundAttribution> all = attributions("The pier will close, harbor master Ivo Berg said. "
        + "Berg said the ferry had stopped.");
    assertThat(all).extracting(a -> a.source().name()).containsExactly("Ivo Berg", "Ivo Berg");
    assertThat(all.get(1).source().key()).isEqualTo(all.get(0).source().key());
  }

  @Test
  void shouldTakeANamedOutletIntoTheSpanWhenAPrepositionComesBeforeIt() {
    FoundAttribution a = only("The pier reopened after Harbor Times senior editor Ola Dahl said it was safe.");
    assertThat(a.sourceSpan().text()).isEqualTo("Harbor Times senior editor Ola Dahl");
    assertThat(a.source().name()).isEqualTo("Ola Dahl");
  }

  @Test
  void shouldKeepTheWholeNameWhenTheLowercaseWordIsInsideIt() {
    FoundAttribution a = only("The Ministry of Transport said the pier was safe.");
    assertThat(a.source().name()).isEqualTo("Ministry of Transport");
  }
}
