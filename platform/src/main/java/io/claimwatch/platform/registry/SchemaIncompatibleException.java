package io.claimwatch.platform.registry;

/** The registry refused a schema because it breaks the subject's compatibility rules. */
public final class SchemaIncompatibleException extends RegistryException {
    private final String subject;

    public SchemaIncompatibleException(String subject, String reason) {
        super("schema incompatible with subject " + subject + ": " + reason);
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}
