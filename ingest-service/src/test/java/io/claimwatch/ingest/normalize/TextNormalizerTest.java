package io.claimwatch.ingest.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void shouldReduceHtmlToTextWhenBodyHasMarkup() {
        String html = "<p>First  paragraph with <b>bold</b> &amp; more.</p><script>alert(1)</script><p>Second</p>";
        assertThat(TextNormalizer.body(html)).isEqualTo("First paragraph with bold & more.\nSecond");
    }

    @Test
    void shouldRemoveControlCharactersWhenPresent() {
        assertThat(TextNormalizer.body("a\u0000b\u0007c\u200Bd\uFEFF")).isEqualTo("abcd");
    }

    @Test
    void shouldCollapseWhitespaceAndKeepParagraphsWhenPlainText() {
        assertThat(TextNormalizer.body("  one \t two\u00A0three \r\n\r\n  four  ")).isEqualTo("one two three\nfour");
    }

    @Test
    void shouldJoinLinesWhenNormalizingSingleLineField() {
        assertThat(TextNormalizer.line(" A\nB \t C ")).isEqualTo("A B C");
    }

    @Test
    void shouldKeepAngleBracketsWhenTextIsNotMarkup() {
        assertThat(TextNormalizer.body("2 < 3 and 5 > 4")).isEqualTo("2 < 3 and 5 > 4");
    }

    @Test
    void shouldGiveSameHashWhenOnlyWhitespaceDiffers() {
        assertThat(ContentHash.of(TextNormalizer.line("T  x"), TextNormalizer.body("a   b")))
                .isEqualTo(ContentHash.of(TextNormalizer.line("T x"), TextNormalizer.body(" a b ")))
                .isNotEqualTo(ContentHash.of("T x", "a b c"))
                .hasSize(64);
    }

    @Test
    void shouldGiveDifferentHashWhenTextMovesBetweenTitleAndBody() {
        assertThat(ContentHash.of("ab", "c")).isNotEqualTo(ContentHash.of("a", "bc"));
    }

    @Test
    void shouldRemoveBidiControlsAndLoneSurrogatesWhenPresent() {
        assertThat(TextNormalizer.body("a\u202Eb\u2066c\u2069\uD800d\uDC00e\uD83D\uDE00"))
                .isEqualTo("abcde\uD83D\uDE00");
    }

    @Test
    void shouldKeepTextWhenAngleBracketsNeverClose() {
        String unclosed = "<a".repeat(400_000);
        assertThat(TextNormalizer.body(unclosed)).isEqualTo(unclosed);
    }

    @Test
    void shouldCollapseMixedLineBreaksToOneNewlineWhenRunContainsThem() {
        assertThat(TextNormalizer.body("one \u2028\u2029 \r\n\r two\f three")).isEqualTo("one\ntwo three");
    }

    @Test
    void shouldDetectMarkupWhenTagClosesLaterOrEntityEnds() {
        assertThat(TextNormalizer.body("x < y <b>bold</b>")).isEqualTo("x < y bold");
        assertThat(TextNormalizer.body("fish &amp chips &amp; peas")).isEqualTo("fish & chips & peas");
        assertThat(TextNormalizer.body("x &amp y")).isEqualTo("x &amp y");
    }
}
