package io.claimwatch.ingest.http;

import io.claimwatch.ingest.validate.RejectReason;
import io.claimwatch.ingest.validate.RejectedException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequestBodyTest {

    @Test
    void shouldRecognizeJsonAndNdjsonWhenContentTypeHasParameters() throws Exception {
        assertThat(RequestBody.format("application/json")).isEqualTo(RequestBody.Format.JSON);
        assertThat(RequestBody.format("Application/JSON; charset=UTF-8")).isEqualTo(RequestBody.Format.JSON);
        assertThat(RequestBody.format("application/vnd.claimwatch+json")).isEqualTo(RequestBody.Format.JSON);
        assertThat(RequestBody.format("application/x-ndjson")).isEqualTo(RequestBody.Format.NDJSON);
    }

    @Test
    void shouldRefuseWhenContentTypeUnsupported() {
        for (String type : new String[] {null, "", "text/plain", "application/xml", "application/json; charset=latin1"}) {
            RejectedException e = catchThrowableOfType(RejectedException.class, () -> RequestBody.format(type));
            assertThat(e).as(String.valueOf(type)).isNotNull();
            assertThat(e.rejection().reason()).isEqualTo(RejectReason.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    @Test
    void shouldKeepAtMostLimitWhenBodyIsLarger() throws Exception {
        RequestBody.Read read = RequestBody.read(new ByteArrayInputStream(new byte[100]), -1, 40);
        assertThat(read.overLimit()).isTrue();
        assertThat(read.bytes()).hasSize(40);
        assertThat(read.totalBytes()).isEqualTo(100);
    }

    @Test
    void shouldReadWholeBodyWhenWithinLimit() throws Exception {
        RequestBody.Read read = RequestBody.read(new ByteArrayInputStream(new byte[40]), 40, 40);
        assertThat(read.overLimit()).isFalse();
        assertThat(read.bytes()).hasSize(40);
    }
}
