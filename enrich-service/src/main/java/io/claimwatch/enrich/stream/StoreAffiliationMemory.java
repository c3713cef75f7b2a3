package io.claimwatch.enrich.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import io.claimwatch.extraction.AffiliationMemory;
import io.claimwatch.extraction.FoundSource;
import io.claimwatch.extraction.LearnedAffiliation;
import io.claimwatch.extraction.SourceKind;
import io.claimwatch.schemas.SourceAffiliation;
import io.claimwatch.schemas.SourceType;

/**
 * The affiliation memory of one article's extraction in enrich: lookups read the global store
 * {@code enrich-affiliations} (every partition's learned affiliations, fed by the compacted topic
 * {@code news.sources.affiliations}); what the article teaches is collected, and only what changes the store's
 * answer is published back to that topic. Not shared between records.
 */
final class StoreAffiliationMemory implements AffiliationMemory {
    private final ReadOnlyKeyValueStore<String, SourceAffiliation> store;
    private final Instant eventTime;
    private final List<SourceAffiliation> learned = new ArrayList<>();

    StoreAffiliationMemory(ReadOnlyKeyValueStore<String, SourceAffiliation> store, Instant eventTime) {
        this.store = store;
        this.eventTime = eventTime;
    }

    @Override
    public Optional<LearnedAffiliation> lookup(String personKey) {
        for (int i = learned.size() - 1; i >= 0; i--) {
            if (learned.get(i).getPersonKey().equals(personKey)) return Optional.of(toLearned(learned.get(i)));
        }
        SourceAffiliation a = store.get(personKey);
        return a == null ? Optional.empty() : Optional.of(toLearned(a));
    }

    @Override
    public void learn(String personKey, FoundSource organization, String provenanceArticleId) {
        SourceAffiliation known = store.get(personKey);
        if (known != null && known.getOrganizationKey().equals(organization.key())) return;
        if (learned.stream().anyMatch(a -> a.getPersonKey().equals(personKey) && a.getOrganizationKey().equals(organization.key()))) {
            return;
        }
        learned.add(SourceAffiliation.newBuilder()
                .setPersonKey(personKey)
                .setOrganizationKey(organization.key())
                .setOrganizationName(organization.name())
                .setOrganizationType(SourceType.valueOf(organization.type().name()))
                .setProvenanceArticleId(provenanceArticleId == null ? "" : provenanceArticleId)
                .setLearnedAt(eventTime)
                .build());
    }

    /** The affiliations this article taught that the store did not already hold. */
    List<SourceAffiliation> learned() {
        return List.copyOf(learned);
    }

    private static LearnedAffiliation toLearned(SourceAffiliation a) {
        return new LearnedAffiliation(a.getPersonKey(), a.getOrganizationKey(), a.getOrganizationName(),
                SourceKind.valueOf(a.getOrganizationType().name()), a.getProvenanceArticleId());
    }
}
