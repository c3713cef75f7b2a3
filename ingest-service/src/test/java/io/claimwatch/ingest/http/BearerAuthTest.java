package io.claimwatch.ingest.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BearerAuthTest {

    @Test
    void shouldAllowOnlyConfiguredTokensWhenAuthOn() {
        BearerAuth auth = new BearerAuth(List.of("s3cret", " other "));
        assertThat(auth.allows("Bearer s3cret")).isTrue();
        assertThat(auth.allows("bearer other")).isTrue();
        assertThat(auth.allows("Bearer s3cre")).isFalse();
        assertThat(auth.allows("Basic s3cret")).isFalse();
        assertThat(auth.allows(null)).isFalse();
        assertThat(new BearerAuth(List.of()).allows(null)).isTrue();
    }
}
