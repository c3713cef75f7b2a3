package io.claimwatch.enrich.stream;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import io.claimwatch.schemas.SourceAffiliation;

/** Keeps the global affiliation store equal to the compacted topic: a value replaces, a tombstone forgets. */
final class AffiliationStoreUpdater implements Processor<String, SourceAffiliation, Void, Void> {
    private final String storeName;
    private KeyValueStore<String, SourceAffiliation> store;

    AffiliationStoreUpdater(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, SourceAffiliation> record) {
        if (record.key() == null) return;
        if (record.value() == null) store.delete(record.key());
        else store.put(record.key(), record.value());
    }
}
