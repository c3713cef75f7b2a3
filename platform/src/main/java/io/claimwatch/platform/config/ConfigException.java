package io.claimwatch.platform.config;

/**
 * A missing or malformed configuration value. The message is one readable line that names the variable,
 * so a service can print it and exit without a stack trace.
 */
public final class ConfigException extends RuntimeException {
    private final String variable;

    public ConfigException(String variable, String problem) {
        super("config error: " + variable + (problem.startsWith("=") ? "" : " ") + problem);
        this.variable = variable;
    }

    /** The environment variable (or property) at fault. */
    public String variable() {
        return variable;
    }
}
