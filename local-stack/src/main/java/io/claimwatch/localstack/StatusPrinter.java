package io.claimwatch.localstack;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimwatch.schemas.ClaimStatus;
import io.claimwatch.schemas.SourceContribution;

/**
 * Prints claim statuses for people (a block per claim) or as the JSON array of the {@code replay --json}
 * contract: {@code claimId, text, verdict, score, articles, sources[{name, origin, stance, articles, quote}]},
 * where {@code sources} are the independent origins. Claims come in the order a desk reads them: most articles
 * first, then most evidence (mentions from those articles and their sources), then claim id.
 */
final class StatusPrinter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusPrinter() {
    }

    static List<ClaimStatus> ordered(java.util.Collection<ClaimStatus> statuses) {
        return statuses.stream()
                .sorted(Comparator.comparingInt((ClaimStatus s) -> -s.getArticleIds().size())
                        .thenComparingInt(s -> -s.getCounts().getEvidence())
                        .thenComparing(ClaimStatus::getClaimId))
                .toList();
    }

    static ArrayNode toJson(List<ClaimStatus> statuses) {
        ArrayNode array = JSON.createArrayNode();
        for (ClaimStatus status : statuses) {
            ObjectNode claim = array.addObject();
            claim.put("claimId", status.getClaimId());
            claim.put("text", status.getText());
            claim.put("verdict", status.getVerdict().name());
            claim.put("score", Math.round(status.getScore() * 1000) / 1000.0);
            status.getArticleIds().forEach(claim.putArray("articles")::add);
            ArrayNode sources = claim.putArray("sources");
            for (SourceContribution source : status.getSources()) {
                ObjectNode node = sources.addObject();
                node.put("name", source.getName());
                node.put("origin", source.getOrigin());
                node.put("stance", source.getStance().name());
                source.getArticleIds().forEach(node.putArray("articles")::add);
                node.put("quote", source.getQuote());
            }
        }
        return array;
    }

    static void printJson(List<ClaimStatus> statuses, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(toJson(statuses)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void printText(List<ClaimStatus> statuses, PrintWriter out) {
        if (statuses.isEmpty()) {
            out.println("no claims found");
        }
        for (ClaimStatus status : statuses) {
            out.printf(Locale.ROOT, "%-10s %+.2f  %s%n", status.getVerdict(), status.getScore(), status.getText());
            out.printf(Locale.ROOT, "           claim %s, %d article(s), %d independent origin(s)%n", status.getClaimId(),
                    status.getArticleIds().size(), status.getCounts().getOrigins());
            for (SourceContribution source : status.getSources()) {
                String relays = source.getRelayedBy().isEmpty() ? "" : " (relayed by " + String.join(", ", source.getRelayedBy()) + ")";
                out.printf(Locale.ROOT, "           %-8s %s%s: \"%s\"%n", source.getStance(), source.getName(), relays,
                        abbreviate(source.getQuote(), 100));
            }
            out.println();
        }
    }

    private static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
