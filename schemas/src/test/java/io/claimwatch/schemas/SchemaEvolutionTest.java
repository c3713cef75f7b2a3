package io.claimwatch.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds every topic schema against each released version under {@code schemas/released/<Name>/vN.avsc}:
 * the current schema must read data written with any released version (BACKWARD, the registry's rule).
 * A breaking change fails with the field path and the reason. Releasing a version = adding the next
 * {@code vN.avsc} (the fully expanded schema, see {@link ReleasedSchemas}).
 */
class SchemaEvolutionTest {

    @TestFactory
    Stream<DynamicTest> shouldReadEveryReleasedVersionWithCurrentSchema() {
        return ReleasedSchemas.TOPIC_SCHEMAS.stream().flatMap(current -> ReleasedSchemas.releasedVersions(current).stream()
                .map(released -> DynamicTest.dynamicTest(current.getName() + " reads " + released.getFileName(),
                        () -> assertBackwardCompatible(current, released))));
    }

    @Test
    void shouldHaveAReleasedVersionForEveryTopicSchema() {
        for (Schema current : ReleasedSchemas.TOPIC_SCHEMAS) {
            assertThat(ReleasedSchemas.releasedVersions(current))
                    .as("released versions of %s under %s", current.getName(), ReleasedSchemas.DIRECTORY)
                    .isNotEmpty();
        }
    }

    @Test
    void shouldNameTheFieldWhenAChangeBreaksCompatibility() {
        Schema old = new Schema.Parser().parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":"string"}]}""");
        Schema broken = new Schema.Parser().parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":"string"},{"name":"b","type":"int"}]}""");
        assertThat(describeIncompatibilities(broken, old)).singleElement().asString().contains("field 'b'");
    }

    private static void assertBackwardCompatible(Schema current, Path releasedFile) throws IOException {
        Schema released = new Schema.Parser().parse(Files.readString(releasedFile));
        List<String> problems = describeIncompatibilities(current, released);
        assertThat(problems).as("%s is not BACKWARD-compatible with %s", current.getFullName(), releasedFile).isEmpty();
    }

    static List<String> describeIncompatibilities(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        List<String> problems = new ArrayList<>();
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            problems.add(incompatibility.getType() + " at " + fieldPath(reader, incompatibility.getLocation())
                    + " (" + incompatibility.getLocation() + "): " + incompatibility.getMessage());
        }
        return problems;
    }

    /** Turns a JSON-pointer location such as {@code /fields/3/type} into field names. */
    private static String fieldPath(Schema schema, String location) {
        StringBuilder path = new StringBuilder();
        Schema cursor = schema;
        String[] parts = location.split("/");
        for (int i = 1; i < parts.length; i++) {
            if ("fields".equals(parts[i]) && i + 1 < parts.length && cursor != null && cursor.getType() == Schema.Type.RECORD) {
                int index = Integer.parseInt(parts[++i]);
                if (index < cursor.getFields().size()) {
                    Schema.Field field = cursor.getFields().get(index);
                    path.append(path.isEmpty() ? "" : ".").append("field '").append(field.name()).append("'");
                    cursor = field.schema();
                }
            } else if ("items".equals(parts[i]) && cursor != null && cursor.getType() == Schema.Type.ARRAY) {
                cursor = cursor.getElementType();
            } else if (cursor != null && cursor.getType() == Schema.Type.UNION && parts[i].matches("\\d+")) {
                int branch = Integer.parseInt(parts[i]);
                cursor = branch < cursor.getTypes().size() ? cursor.getTypes().get(branch) : null;
            }
        }
        if (location.endsWith("/fields") && path.isEmpty()) {
            return "record " + schema.getName();
        }
        return path.isEmpty() ? "record " + schema.getName() : path.toString();
    }
}
