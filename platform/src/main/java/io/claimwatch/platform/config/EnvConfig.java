package io.claimwatch.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed access to configuration held in environment-variable form ({@code UPPER_SNAKE} names).
 *
 * <p>Values come from the process environment, overlaid on an optional properties file named by
 * {@code CLAIMWATCH_CONFIG_FILE} (the environment wins). Properties-file keys may be written either as
 * variables ({@code KAFKA_BOOTSTRAP_SERVERS}) or dotted ({@code kafka.bootstrap.servers}). Every accessor
 * fails with a {@link ConfigException} whose message names the variable, so services fail fast at start.
 *
 * <p>{@link #kafkaProperties()} passes every {@code KAFKA_*} variable through to Kafka clients:
 * {@code KAFKA_BOOTSTRAP_SERVERS} becomes {@code bootstrap.servers}.
 */
public final class EnvConfig {
    public static final String CONFIG_FILE_VARIABLE = "CLAIMWATCH_CONFIG_FILE";
    private static final String KAFKA_PREFIX = "KAFKA_";
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> values;

    private EnvConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The process environment over the optional file named by {@value #CONFIG_FILE_VARIABLE}. */
    public static EnvConfig fromEnvironment() {
        return withOptionalFile(System.getenv());
    }

    /** Exactly the given values (tests, the in-process local stack). */
    public static EnvConfig of(Map<String, String> values) {
        return new EnvConfig(values);
    }

    /** The given values over the optional properties file they name. */
    public static EnvConfig withOptionalFile(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        String file = environment.get(CONFIG_FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            merged.putAll(readPropertiesFile(Path.of(file)));
        }
        merged.putAll(environment);
        return new EnvConfig(merged);
    }

    private static Map<String, String> readPropertiesFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException(CONFIG_FILE_VARIABLE, "names an unreadable file '" + file + "': " + e.getMessage());
        }
        Map<String, String> result = new HashMap<>();
        properties.forEach((key, value) -> result.put(toVariableName(key.toString()), value.toString().trim()));
        return result;
    }

    private static String toVariableName(String key) {
        return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** A copy with one value set (or removed when {@code value} is null). */
    public EnvConfig with(String name, String value) {
        Map<String, String> copy = new HashMap<>(values);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new EnvConfig(copy);
    }

    /** The raw value when set and not blank. */
    public java.util.Optional<String> find(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.trim());
    }

    public String string(String name, String defaultValue) {
        return find(name).orElse(defaultValue);
    }

    public String requiredString(String name) {
        return find(name).orElseThrow(() -> new ConfigException(name, "is required but not set"));
    }

    public int integer(String name, int defaultValue, int min, int max) {
        long value = longValue(name, defaultValue, min, max);
        return (int) value;
    }

    public long longValue(String name, long defaultValue, long min, long max) {
        String raw = find(name).orElse(null);
        long value;
        if (raw == null) {
            value = defaultValue;
        } else {
            try {
                value = Long.parseLong(raw.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new ConfigException(name, "='" + raw + "' is not a whole number");
            }
        }
        if (value < min || value > max) {
            throw new ConfigException(name, "=" + value + " is out of range [" + min + ", " + max + "]");
        }
        return value;
    }

    public double decimal(String name, double defaultValue, double min, double max) {
        String raw = find(name).orElse(null);
        double value;
        if (raw == null) {
            value = defaultValue;
        } else {
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw new ConfigException(name, "='" + raw + "' is not a number");
            }
        }
        if (Double.isNaN(value) || value < min || value > max) {
            throw new ConfigException(name, "=" + value + " is out of range [" + min + ", " + max + "]");
        }
        return value;
    }

    public boolean bool(String name, boolean defaultValue) {
        String raw = find(name).orElse(null);
        if (raw == null) {
            return defaultValue;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new ConfigException(name, "='" + raw + "' is not a boolean (true/false)");
        };
    }

    /** Accepts ISO-8601 ({@code PT5S}) or a number with a unit: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, {@code 1d}. */
    public Duration duration(String name, Duration defaultValue) {
        String raw = find(name).orElse(null);
        if (raw == null) {
            return defaultValue;
        }
        Matcher matcher = DURATION.matcher(raw.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(raw.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new ConfigException(name, "='" + raw + "' is not a duration (e.g. 500ms, 5s, 2m, PT5S)");
        }
    }

    /** An absolute http(s) URI. */
    public URI uri(String name, String defaultValue) {
        String raw = string(name, defaultValue);
        if (raw == null) {
            throw new ConfigException(name, "is required but not set");
        }
        try {
            URI uri = new URI(raw);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new ConfigException(name, "='" + raw + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(name, "='" + raw + "' is not a URL: " + e.getReason());
        }
    }

    /** Comma-separated values, trimmed, empties dropped; empty list when unset. */
    public List<String> list(String name) {
        return find(name).map(raw -> Arrays.stream(raw.split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Every {@code KAFKA_*} variable as a Kafka client property ({@code KAFKA_FOO_BAR} -> {@code foo.bar}). */
    public Properties kafkaProperties() {
        Properties properties = new Properties();
        values.forEach((name, value) -> {
            if (name.startsWith(KAFKA_PREFIX) && name.length() > KAFKA_PREFIX.length() && value != null && !value.isBlank()) {
                String key = name.substring(KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                properties.setProperty(key, value.trim());
            }
        });
        return properties;
    }

    /** The effective values for a start-up log line, with anything that looks secret masked. */
    public Map<String, String> masked(List<String> names) {
        Map<String, String> result = new TreeMap<>();
        for (String name : names) {
            find(name).ifPresent(value -> result.put(name, isSecret(name) ? "****" : value));
        }
        values.keySet().stream().filter(n -> n.startsWith(KAFKA_PREFIX))
                .forEach(n -> result.put(n, isSecret(n) ? "****" : values.get(n)));
        return result;
    }

    private static boolean isSecret(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.contains("PASSWORD") || upper.contains("SECRET") || upper.contains("TOKEN")
                || upper.contains("JAAS") || upper.endsWith("_KEY");
    }
}
