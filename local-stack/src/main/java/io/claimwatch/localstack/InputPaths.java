package io.claimwatch.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/** Checks input paths up front so a typo fails at once with the path named, before anything starts. */
final class InputPaths {
    private InputPaths() {
    }

    static void requireReadable(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new InputPathException("no such file or directory: " + path);
            }
            if (!Files.isReadable(path)) {
                throw new InputPathException("cannot read " + path + " (permission denied)");
            }
        }
    }

    /** An input path that cannot be used. */
    static final class InputPathException extends RuntimeException {
        InputPathException(String message) {
            super(message);
        }
    }
}
