package io.claimwatch.ingest.importer;

/**
 * Defaults applied to imported articles: {@code publisher} and {@code publishedAt} fill fields the file does not
 * give; {@code urlPrefix} gives articles without a URL one made of the prefix and the file name without extension
 * (plus {@code /n} for the n-th article of a multi-article file); {@code orderByPublishedAt} sends articles oldest
 * first (articles without a time last, file order otherwise); {@code source} is the sending system recorded.
 */
public record ImportOptions(String publisher, String urlPrefix, String publishedAt, boolean orderByPublishedAt,
                            String source) {

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, false, "import");
    }
}
