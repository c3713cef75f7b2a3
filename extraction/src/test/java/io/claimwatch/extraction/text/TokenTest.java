package io.claimwatch.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Token#of}'s lower form is {@code toLowerCase(Locale.ROOT)} with curly apostrophes made straight. */
class TokenTest {
  @Test
  void shouldLowerCaseLikeLocaleRootWhenTheTokenIsAsciiOrNot() {
    List<String> words = List.of("", "a", "Z", "said", "SAID", "McAllister", "U.S.", "AT&T", "4,999", "@-#[`{",
        "don’t", "DON’T", "İstanbul", "ΣΟΦΊΑ", "Straße", "ÉCOLE", "café", "naïve", "K", "ǅemal", "x😀Y", "'S");
    for (String w : words) {
      String source = "<" + w + ">";
      Token t = Token.of(source, 1, 1 + w.length());
      assertThat(t.text()).isEqualTo(w);
      assertThat(t.lower()).as(w).isEqualTo(w.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
  }
}
