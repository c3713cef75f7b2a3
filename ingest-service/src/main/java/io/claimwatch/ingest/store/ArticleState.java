package io.claimwatch.ingest.store;

import io.claimwatch.schemas.Article;

/**
 * What ingest-service knows about one id: the last version written, its content hash, and the accepted article
 * ({@code null} once retracted; the version is kept so a later re-send continues the numbering).
 */
public record ArticleState(int version, String contentHash, Article article) {

    public static ArticleState of(Article article) {
        return new ArticleState(article.getVersion(), article.getContentHash(), article);
    }

    public boolean retracted() {
        return article == null;
    }

    public ArticleState retract() {
        return new ArticleState(version, contentHash, null);
    }
}
