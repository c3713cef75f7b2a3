package io.claimwatch.ingest.importer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import did: counts and, for every refused article, where it came from and why. */
public record ImportSummary(int accepted, int unchanged, List<Refusal> rejected, List<String> ids) {

    /** One refused article: {@code origin} is the file (and line or index), with the reason code and message. */
    public record Refusal(String origin, String reason, String field, String message) {
    }

    public boolean clean() {
        return rejected.isEmpty();
    }

    public Map<String, Long> rejectedByReason() {
        Map<String, Long> counts = new TreeMap<>();
        rejected.forEach(r -> counts.merge(r.reason(), 1L, Long::sum));
        return counts;
    }

    /** Human-readable multi-line summary, as printed at the end of {@code import}. */
    public String describe() {
        StringBuilder out = new StringBuilder()
                .append("accepted: ").append(accepted)
                .append(", unchanged: ").append(unchanged)
                .append(", rejected: ").append(rejected.size());
        if (!rejected.isEmpty()) {
            out.append(" ").append(rejectedByReason());
            for (Refusal r : rejected) {
                out.append("\n  ").append(r.origin()).append(": ").append(r.reason())
                        .append(r.field() == null ? "" : " (" + r.field() + ")").append(" - ").append(r.message());
            }
        }
        return out.toString();
    }
}
