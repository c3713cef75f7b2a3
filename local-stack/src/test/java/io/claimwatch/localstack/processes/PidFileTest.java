package io.claimwatch.localstack.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pid file is complete JSON after every update, with the newest pid of each service, and leaves no temp files. */
class PidFileTest {

    @Test
    void shouldHoldTheNewestPidOfEachServiceWhenAChildIsRestarted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pids.json");
        PidFile pids = new PidFile(file);
        pids.update(ServiceKind.INGEST, 101);
        pids.update(ServiceKind.ENRICH, 102);
        pids.update(ServiceKind.AGGREGATE, 103);
        pids.update(ServiceKind.ENRICH, 204);

        assertThat(Files.readString(file)).isEqualTo("{\"ingest\": 101, \"enrich\": 204, \"aggregate\": 103}\n");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
        pids.delete();
        assertThat(file).doesNotExist();
    }
}
