package io.claimwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryAffiliationMemoryTest {
  private static final FoundSource AUTHORITY = new FoundSource("harbor-authority", "Harbor Authority", SourceKind.ORGANIZATION, null, null);
  private static final FoundSource COUNCIL = new FoundSource("city-council", "City Council", SourceKind.ORGANIZATION, null, null);

  @Test
  void shouldRememberTheOrganizationAndProvenanceWhenLearned() {
    InMemoryAffiliationMemory memory = new InMemoryAffiliationMemory();
    memory.learn("mira-holm", AUTHORITY, "article-1");
    assertThat(memory.lookup("mira-holm")).hasValueSatisfying(l -> {
      assertThat(l.organization().key()).isEqualTo("harbor-authority");
      assertThat(l.provenanceArticleId()).isEqualTo("article-1");
    });
    assertThat(memory.lookup("piet-vos")).isEmpty();
  }

  @Test
  void shouldKeepTheLatestArticlesAffiliationWhenAPersonChangesRole() {
    InMemoryAffiliationMemory memory = new InMemoryAffiliationMemory();
    memory.learn("mira-holm", AUTHORITY, "article-1");
    memory.learn("mira-holm", COUNCIL, "article-2");
    assertThat(memory.lookup("mira-holm").orElseThrow().organizationKey()).isEqualTo("city-council");
    assertThat(memory.size()).isEqualTo(1);
  }

  @Test
  void shouldForgetEverythingWhenTheMemoryIsNone() {
    AffiliationMemory none = AffiliationMemory.none();
    none.learn("mira-holm", AUTHORITY, "article-1");
    assertThat(none.lookup("mira-holm")).isEmpty();
  }
}
