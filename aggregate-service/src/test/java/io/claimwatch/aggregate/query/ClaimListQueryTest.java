package io.claimwatch.aggregate.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimListQueryTest {

  private static final ClaimViews.Counts FEW = new ClaimViews.Counts(1, 0, 0, 1, 1, 1);
  private static final ClaimViews.Counts MANY = new ClaimViews.Counts(2, 2, 1, 5, 6, 9);
  private static final List<ClaimViews.Summary> CLAIMS = List.of(
      summary("c1", "Minister resigned", "CONFIRMED", 0.5, FEW, "2026-01-10T12:00:00Z"),
      summary("c2", "Leaders spoke by phone", "DISPUTED", -0.2, MANY, "2026-01-10T14:00:00Z"),
      summary("c3", "Bridge closed", "UNVERIFIED", 0.1, FEW, "2026-01-10T13:00:00Z"),
      summary("c4", "Port reopened", "UNVERIFIED", 0.1, MANY, "2026-01-10T13:00:00Z"));

  @Test
  void shouldSortByLatestChangeDescendingWhenNothingIsGiven() {
    ClaimListQuery query = parse(Map.of());

    assertThat(query.page(CLAIMS).items()).extracting(ClaimViews.Summary::claimId)
        .containsExactly("c2", "c3", "c4", "c1");
    assertThat(query.limit()).isEqualTo(50);
  }

  @Test
  void shouldBreakTiesByClaimIdAndPageWhenSortingByScore() {
    ClaimViews.Page page = parse(Map.of("sort", "score", "order", "asc", "limit", "2", "offset", "1")).page(CLAIMS);

    assertThat(page.items()).extracting(ClaimViews.Summary::claimId).containsExactly("c3", "c4");
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.offset()).isEqualTo(1);
  }

  @Test
  void shouldFilterByVerdictTextAndSinceWhenGiven() {
    ClaimListQuery query = parse(Map.of("verdict", "unverified", "q", "PORT", "since", "2026-01-10T13:00:00Z"));

    assertThat(CLAIMS.stream().filter(query::matches)).extracting(ClaimViews.Summary::claimId).containsExactly("c4");
    assertThat(query.filterParameters()).containsOnlyKeys("verdict", "q", "since");
  }

  @Test
  void shouldSortBySourcesWhenAsked() {
    assertThat(parse(Map.of("sort", "sources")).page(CLAIMS).items()).extracting(ClaimViews.Summary::claimId)
        .containsExactly("c2", "c4", "c1", "c3");
  }

  @Test
  void shouldNameTheParameterWhenAValueIsBad() {
    assertThatThrownBy(() -> parse(Map.of("sort", "random")))
        .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("sort"));
    assertThatThrownBy(() -> parse(Map.of("limit", "0")))
        .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    assertThatThrownBy(() -> parse(Map.of("since", "yesterday")))
        .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("since"));
    assertThatThrownBy(() -> parse(Map.of("order", "up")))
        .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("order"));
  }

  private static ClaimListQuery parse(Map<String, String> params) {
    return ClaimListQuery.parse(params::get);
  }

  private static ClaimViews.Summary summary(String id, String text, String verdict, double score,
      ClaimViews.Counts counts, String updatedAt) {
    return new ClaimViews.Summary(id, text, verdict, score, 0, 0, counts, "2026-01-10T11:00:00Z", updatedAt);
  }
}
