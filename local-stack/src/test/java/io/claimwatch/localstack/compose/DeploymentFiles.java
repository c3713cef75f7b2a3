package io.claimwatch.localstack.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Read-only view of the deployment files at the repository root ({@code docker-compose.yml}, {@code docker/**}) for
 * {@link ComposeFileTest}. Surefire runs in the module directory, so the repository root is its parent.
 * Compose interpolation ({@code ${NAME:-default}}) is resolved to the default, as on a host without that variable.
 */
final class DeploymentFiles {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::?-([^}]*))?}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    DeploymentFiles(Path root) {
        this.root = root;
    }

    static DeploymentFiles fromModuleDirectory() {
        return new DeploymentFiles(Path.of("..").toAbsolutePath().normalize());
    }

    Path root() {
        return root;
    }

    JsonNode compose() {
        return yaml("docker-compose.yml");
    }

    JsonNode services() {
        return compose().path("services");
    }

    JsonNode yaml(String relativePath) {
        return read(relativePath, YAML);
    }

    JsonNode json(String relativePath) {
        return read(relativePath, JSON);
    }

    String text(String relativePath) {
        try {
            return Files.readString(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's environment as a map (compose accepts a mapping or a list of {@code NAME=value}). */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(item -> {
                String[] parts = item.asText().split("=", 2);
                env.put(parts[0], parts.length > 1 ? interpolate(parts[1]) : "");
            });
        } else {
            node.properties().forEach(e -> env.put(e.getKey(), interpolate(e.getValue().asText())));
        }
        return env;
    }

    /** Container ports published by the service ({@code "host:container"} or {@code "container"}). */
    static List<Integer> containerPorts(JsonNode service) {
        List<Integer> ports = new ArrayList<>();
        service.path("ports").forEach(p -> {
            String spec = p.asText().replaceAll("/(tcp|udp)$", "");
            ports.add(Integer.parseInt(spec.substring(spec.lastIndexOf(':') + 1)));
        });
        return ports;
    }

    static String interpolate(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private JsonNode read(String relativePath, ObjectMapper mapper) {
        try {
            return mapper.readTree(root.resolve(relativePath).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + relativePath, e);
        }
    }
}
