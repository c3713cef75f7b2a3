package io.claimwatch.platform.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * A registry held in memory, for pure unit tests (TopologyTestDriver). It assigns ids like a real registry,
 * and enforces BACKWARD compatibility against a subject's latest version (the project's default), or NONE
 * when set so; other levels are treated as BACKWARD. Thread-safe.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, List<Schema>> versionsBySubject = new HashMap<>();
    private final Map<String, String> compatibility = new HashMap<>();
    private String globalCompatibility = "BACKWARD";

    @Override
    public synchronized int register(String subject, Schema schema) {
        List<Schema> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (versions.contains(schema)) {
            return idOf(schema);
        }
        CompatibilityResult check = testCompatibility(subject, schema);
        if (!check.compatible()) {
            throw new SchemaIncompatibleException(subject, String.join("; ", check.messages()));
        }
        versions.add(schema);
        return idOf(schema);
    }

    private int idOf(Schema schema) {
        for (Map.Entry<Integer, Schema> entry : schemasById.entrySet()) {
            if (entry.getValue().equals(schema)) {
                return entry.getKey();
            }
        }
        int id = schemasById.size() + 1;
        schemasById.put(id, schema);
        return id;
    }

    @Override
    public synchronized int idFor(String subject, Schema schema) {
        List<Schema> versions = versionsBySubject.getOrDefault(subject, List.of());
        if (!versions.contains(schema)) {
            throw new SchemaNotFoundException("schema not registered under subject " + subject);
        }
        return idOf(schema);
    }

    @Override
    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaNotFoundException("unknown schema id " + id + " (in-memory registry)");
        }
        return schema;
    }

    @Override
    public synchronized CompatibilityResult testCompatibility(String subject, Schema schema) {
        List<Schema> versions = versionsBySubject.getOrDefault(subject, List.of());
        String level = compatibility.getOrDefault(subject, globalCompatibility);
        if (versions.isEmpty() || "NONE".equals(level)) {
            return CompatibilityResult.ok();
        }
        Schema latest = versions.get(versions.size() - 1);
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(schema, latest);
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return CompatibilityResult.ok();
        }
        List<String> messages = result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage()).toList();
        return new CompatibilityResult(false, messages);
    }

    @Override
    public synchronized void setCompatibility(String subject, String level) {
        if (subject == null) {
            globalCompatibility = level;
        } else {
            compatibility.put(subject, level);
        }
    }

    @Override
    public boolean isReachable() {
        return true;
    }
}
