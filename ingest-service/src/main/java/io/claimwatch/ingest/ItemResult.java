package io.claimwatch.ingest;

import io.claimwatch.ingest.validate.Rejection;

/**
 * The outcome for one submitted article: accepted as a new id ({@code created}), as a new version of a known id
 * ({@code updated}), identical to the current version ({@code unchanged}, nothing written), or {@code rejected}.
 */
public record ItemResult(int index, String id, Integer version, Status status, Rejection rejection) {

    public enum Status {
        CREATED, UPDATED, UNCHANGED, REJECTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean accepted() {
        return status != Status.REJECTED;
    }
}
