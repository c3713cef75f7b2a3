package io.claimwatch.aggregate.score;

import java.util.Comparator;

/** An article id with its URL (null when unknown), ordered by id then URL (unknown first). */
public record ArticleRef(String id, String url) implements Comparable<ArticleRef> {

  private static final Comparator<ArticleRef> ORDER = Comparator.comparing(ArticleRef::id)
      .thenComparing(ArticleRef::url, Comparator.nullsFirst(Comparator.naturalOrder()));

  public static ArticleRef of(FactBrief fact) {
    return new ArticleRef(fact.articleId(), fact.articleUrl());
  }

  @Override
  public int compareTo(ArticleRef other) {
    return ORDER.compare(this, other);
  }
}
