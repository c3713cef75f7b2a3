package io.claimwatch.extraction.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.SourceKind;
import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import io.claimwatch.extraction.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSubjectTest {
  private static final ExtractionLexicon LEX = ExtractionLexicon.fromResources();
  private final NewsTokenizer tokenizer = new NewsTokenizer(LEX.abbreviations());
  private final SourceSubject subject = new SourceSubject(LEX, new Raising(LEX));

  /** Resolves the content after the word {@code cue}, the source being the tokens before it. */
  private String resolve(String s, String cue, SourceKind kind) {
    List<Token> t = tokenizer.tokenize(s, 0, s.length());
    int c = 0;
    while (!t.get(c).is(cue)) c++;
    int end = t.get(t.size() - 1).is(".") ? t.size() - 1 : t.size();
    return subject.resolved(s, t, c + 1, end, 0, c, kind);
  }

  @Test
  void shouldNameTheSourceWhenItsContentSaysIt() {
    assertThat(resolve("Harbor Ferries denies it will cut the night service", "denies", SourceKind.ORGANIZATION))
        .isEqualTo("Harbor Ferries will cut the night service");
  }

  @Test
  void shouldNotNameACountOrPluralSourceWhenTheContentSaysIt() {
    assertThat(resolve("About eight in 10 said it would not matter.", "said", SourceKind.UNKNOWN)).isNull();
    assertThat(resolve("Most dock workers said it was too late.", "said", SourceKind.UNKNOWN)).isNull();
    assertThat(resolve("Harbor Docks said it would hire.", "said", SourceKind.ORGANIZATION)).isEqualTo("Harbor Docks would hire");
  }

  @Test
  void shouldNameAGroupSourceWhenTheContentSaysThey() {
    assertThat(resolve("Dock workers said they would strike on Friday.", "said", SourceKind.ORGANIZATION))
        .isEqualTo("Dock workers would strike on Friday");
    assertThat(resolve("Ana Ruiz said they would strike on Friday.", "said", SourceKind.PERSON)).isNull();
  }

  @Test
  void shouldKeepTheNegationInTheTextItResolves() {
    assertThat(resolve("The bakery said it has not raised prices.", "said", SourceKind.ORGANIZATION))
        .isEqualTo("The bakery has not raised prices");
  }

  @Test
  void shouldLeaveAnExpletiveItWhenTheContentIsItIsAdjectiveThat() {
    assertThat(resolve("The agency said it is unlikely that rates fall.", "said", SourceKind.ORGANIZATION)).isNull();
  }

  @Test
  void shouldLeaveHeAndSheToTheClaimTextBuilderWhenTheSourceIsAPerson() {
    assertThat(resolve("Coach Ana Ruiz said she would stay another season.", "said", SourceKind.PERSON)).isNull();
    assertThat(resolve("The club said he will miss two games.", "said", SourceKind.ORGANIZATION)).isNull();
  }

  @Test
  void shouldLeaveItWhenTheSourceIsNamedByAPersonsRole() {
    assertThat(resolve("The harbor minister insists it is a publicity stunt.", "insists", SourceKind.ORGANIZATION)).isNull();
  }

  @Test
  void shouldLeaveItWhenTheSourceIsAPersonWithATitle() {
    assertThat(resolve("Sen. Ana Ruiz said it was a fine day for the regatta.", "said", SourceKind.PERSON)).isNull();
  }

  @Test
  void shouldLeaveAnExpletiveItWhenAClauseFollowsAfterAModalOrAnAdverb() {
    assertThat(resolve("The agency said it would be very hard for the port to win.", "said", SourceKind.ORGANIZATION)).isNull();
    assertThat(resolve("The agency said it would have made more sense to wait.", "said", SourceKind.ORGANIZATION)).isNull();
    assertThat(resolve("The agency said it was odd because the fees fell.", "said", SourceKind.ORGANIZATION)).isNull();
  }

  @Test
  void shouldNameTheSourceWhenItWillBeAbleToAct() {
    assertThat(resolve("The bakery said it will be able to open on Sunday.", "said", SourceKind.ORGANIZATION))
        .isEqualTo("The bakery will be able to open on Sunday");
  }
}
