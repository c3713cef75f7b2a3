package io.claimwatch.localstack.processes;

/** The three services a supervised stack runs as child JVMs, with the name the pid file uses and their entry point. */
public enum ServiceKind {
    INGEST("ingest", "io.claimwatch.ingest.Main"),
    ENRICH("enrich", "io.claimwatch.enrich.Main"),
    AGGREGATE("aggregate", "io.claimwatch.aggregate.Main");

    private final String key;
    private final String mainClass;

    ServiceKind(String key, String mainClass) {
        this.key = key;
        this.mainClass = mainClass;
    }

    /** The name in the pid file and log file ({@code ingest}, {@code enrich}, {@code aggregate}). */
    public String key() {
        return key;
    }

    public String mainClass() {
        return mainClass;
    }
}
