package io.claimwatch.ingest.importer;

import io.claimwatch.ingest.ArticleIngestor;
import io.claimwatch.ingest.ItemResult;
import io.claimwatch.ingest.importer.ArticleFiles.Entry;
import io.claimwatch.ingest.publish.WriteUnavailableException;
import io.claimwatch.ingest.validate.ArticleValidator;
import io.claimwatch.ingest.validate.RejectedException;
import io.claimwatch.ingest.validate.SubmissionParser;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Batch import as a library entry point (used by {@code ingest-service import} and the {@code claimwatch} command):
 * reads files and directories, then sends the articles through the same {@link ArticleIngestor} as HTTP, in chunks
 * of {@link #CHUNK} articles, each chunk one transaction. Refused articles are dead-lettered with channel
 * {@code import}. A progress bar is drawn only when asked (the CLI asks when stderr is a terminal).
 */
public final class ArticleImporter {

    static final int CHUNK = 100;

    private final ArticleIngestor ingestor;
    private final ArticleFiles files;

    public ArticleImporter(ArticleIngestor ingestor, SubmissionParser parser) {
        this.ingestor = ingestor;
        this.files = new ArticleFiles(parser);
    }

    /**
     * Imports every article under {@code paths}.
     *
     * @throws WriteUnavailableException when the broker or registry refused a chunk; earlier chunks stay committed
     * @throws IOException               when a directory cannot be listed
     */
    public ImportSummary importPaths(List<Path> paths, ImportOptions options, boolean progressBar)
            throws IOException, WriteUnavailableException {
        List<Entry> entries = new ArrayList<>();
        for (Path file : ArticleFiles.expand(paths)) {
            entries.addAll(files.read(file, options));
        }
        if (options.orderByPublishedAt()) {
            entries.sort(Comparator.comparing(ArticleImporter::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        int accepted = 0;
        int unchanged = 0;
        List<ImportSummary.Refusal> rejected = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (ProgressBar bar = progressBar ? new ProgressBarBuilder().setTaskName("import").setInitialMax(entries.size())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).build() : null) {
            for (int from = 0; from < entries.size(); from += CHUNK) {
                List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
                List<ItemResult> results = ingestor.ingest(chunk.stream().map(Entry::item).toList(), "import");
                for (int i = 0; i < results.size(); i++) {
                    ItemResult r = results.get(i);
                    switch (r.status()) {
                        case CREATED, UPDATED -> accepted++;
                        case UNCHANGED -> unchanged++;
                        case REJECTED -> rejected.add(new ImportSummary.Refusal(chunk.get(i).origin(),
                                r.rejection().reason().code(), r.rejection().field(), r.rejection().message()));
                    }
                    if (r.accepted()) {
                        ids.add(r.id());
                    }
                }
                if (bar != null) {
                    bar.stepBy(chunk.size());
                }
            }
        }
        return new ImportSummary(accepted, unchanged, List.copyOf(rejected), List.copyOf(ids));
    }

    private static Instant publishedAt(Entry entry) {
        if (!entry.item().ok() || entry.item().submission().publishedAt() == null) {
            return null;
        }
        try {
            return ArticleValidator.parseInstant(entry.item().submission().publishedAt().strip());
        } catch (RejectedException e) {
            return null;
        }
    }
}
