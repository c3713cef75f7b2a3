package io.claimwatch.ingest.importer;

import io.claimwatch.ingest.validate.ArticleValidator;
import io.claimwatch.ingest.validate.RejectedException;
import picocli.CommandLine.Option;

/**
 * The command-line options that fill what article files do not say, shared by every command that imports files
 * ({@code ingest-service import}, {@code claimwatch replay}) as a picocli mixin.
 */
public final class ArticleDefaultOptions {

    @Option(names = "--publisher", description = "Publisher for articles that do not name one.")
    String publisher;

    @Option(names = "--url-prefix", description = "URL prefix for articles without URL: prefix + file name without extension.")
    String urlPrefix;

    @Option(names = "--published-at", description = "Publication time (ISO-8601) for articles that do not give one.")
    String publishedAt;

    /** Fails with a one-line message naming the option when {@code --published-at} is not ISO-8601. */
    public void requireValid() {
        if (publishedAt != null) {
            try {
                ArticleValidator.parseInstant(publishedAt);
            } catch (RejectedException e) {
                throw new IllegalArgumentException("--published-at: " + e.getMessage(), e);
            }
        }
    }

    public ImportOptions toImportOptions(boolean orderByPublishedAt, String source) {
        return new ImportOptions(publisher, urlPrefix, publishedAt, orderByPublishedAt, source);
    }
}
