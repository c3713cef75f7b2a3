package io.claimwatch.platform.topics;

/** A topic ClaimWatch needs: its name, partition count and whether it is compacted. */
public record TopicSpec(String name, int partitions, boolean compacted) {
    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 for " + name);
        }
    }
}
