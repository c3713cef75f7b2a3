package io.claimwatch.ingest.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://Example.COM/News/Story?b=2&a=1#section | https://example.com/News/Story?a=1&b=2",
            "https://example.com/a?utm_source=x&utm_MEDIUM=y&id=7&fbclid=abc&gclid=def | https://example.com/a?id=7",
            "http://example.com:80/x | http://example.com/x",
            "https://example.com:443 | https://example.com/",
            "https://example.com:8443/x | https://example.com:8443/x",
            "https://example.com/x?utm_campaign=only | https://example.com/x",
            "  https://example.com/x  | https://example.com/x",
    })
    void shouldCanonicalizeWhenUrlHasCaseTrackingOrFragment(String raw, String expected) {
        assertThat(UrlNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void shouldMapVariantsToOneIdWhenOnlyTrackingAndOrderDiffer() {
        assertThat(UrlNormalizer.normalize("https://News.example/p?x=1&y=2&utm_source=tw"))
                .isEqualTo(UrlNormalizer.normalize("https://news.example/p?y=2&x=1#top"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "ftp://example.com/x", "/relative/path", "https:///nohost", "http://exa mple.com"})
    void shouldRejectWhenUrlIsNotAbsoluteHttp(String raw) {
        assertThatThrownBy(() -> UrlNormalizer.normalize(raw)).isInstanceOf(IllegalArgumentException.class);
    }
}
