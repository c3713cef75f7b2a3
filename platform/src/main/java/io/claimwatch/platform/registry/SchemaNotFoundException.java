package io.claimwatch.platform.registry;

/** No schema with that id, or the schema is not registered under that subject. */
public final class SchemaNotFoundException extends RegistryException {
    public SchemaNotFoundException(String message) {
        super(message);
    }
}
