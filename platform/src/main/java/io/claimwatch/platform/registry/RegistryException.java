package io.claimwatch.platform.registry;

/** A schema registry call failed; the message says which registry and why. */
public class RegistryException extends RuntimeException {
    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
