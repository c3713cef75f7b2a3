package io.claimwatch.platform.registry;

import java.util.List;

/** Answer of a compatibility check: whether it is compatible, and the registry's reasons when not. */
public record CompatibilityResult(boolean compatible, List<String> messages) {
    public CompatibilityResult {
        messages = List.copyOf(messages);
    }

    public static CompatibilityResult ok() {
        return new CompatibilityResult(true, List.of());
    }
}
