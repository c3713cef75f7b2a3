package io.claimwatch.platform.registry;

/** The registry did not answer (connection refused, timeout, 5xx after retries). */
public final class RegistryUnreachableException extends RegistryException {
    public RegistryUnreachableException(String url, Throwable cause) {
        super("registry unreachable at " + url + (cause == null ? "" : ": " + cause.getMessage()), cause);
    }
}
