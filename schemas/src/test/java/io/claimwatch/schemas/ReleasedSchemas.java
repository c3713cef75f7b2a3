package io.claimwatch.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;

/**
 * The topic schemas and their released versions. Run {@code main} to write the current schemas as the next
 * released version ({@code released/<Name>/v<N+1>.avsc}) when cutting a release.
 */
final class ReleasedSchemas {
    static final Path DIRECTORY = Path.of(System.getProperty("claimwatch.schemas.released", "released"));
    static final List<Schema> TOPIC_SCHEMAS = List.of(Article.getClassSchema(), RejectedArticle.getClassSchema(),
            DeadLetter.getClassSchema(), EnrichedArticle.getClassSchema(), ClaimEvidence.getClassSchema(),
            ClaimStatus.getClassSchema(), ClaimMention.getClassSchema(), MentionAssignment.getClassSchema(),
            ClaimMerge.getClassSchema(), SourceAffiliation.getClassSchema(), QuestionLink.getClassSchema());

    private ReleasedSchemas() {
    }

    static List<Path> releasedVersions(Schema schema) {
        Path dir = DIRECTORY.resolve(schema.getName());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("v\\d+\\.avsc"))
                    .sorted(Comparator.comparingInt(ReleasedSchemas::versionOf)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int versionOf(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.length() - ".avsc".length()));
    }

    public static void main(String[] args) throws IOException {
        for (Schema schema : TOPIC_SCHEMAS) {
            List<Path> released = releasedVersions(schema);
            int next = released.isEmpty() ? 1 : versionOf(released.get(released.size() - 1)) + 1;
            Path file = DIRECTORY.resolve(schema.getName()).resolve("v" + next + ".avsc");
            Files.createDirectories(file.getParent());
            Files.writeString(file, schema.toString(true) + "\n");
            System.out.println("wrote " + file);
        }
    }
}
