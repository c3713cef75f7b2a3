package io.claimwatch.localstack.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code --pid-file}: JSON {@code {"ingest": pid, "enrich": pid, "aggregate": pid}} of the current child JVMs,
 * rewritten atomically (a temporary file beside it, then an atomic rename) whenever one starts, so a reader never sees
 * a half-written file. A service not running at the moment of a rewrite keeps its last pid until its restart.
 */
final class PidFile {
    private final Path file;
    private final Map<ServiceKind, Long> pids = new EnumMap<>(ServiceKind.class);

    PidFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    synchronized void update(ServiceKind service, long pid) {
        pids.put(service, pid);
        StringJoiner json = new StringJoiner(", ", "{", "}\n");
        pids.forEach((kind, p) -> json.add("\"" + kind.key() + "\": " + p));
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, json.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pid file " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort at shutdown
        }
    }
}
