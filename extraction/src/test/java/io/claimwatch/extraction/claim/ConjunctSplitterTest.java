package io.claimwatch.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.extraction.lexicon.ExtractionLexicon;
import io.claimwatch.extraction.text.NewsTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConjunctSplitterTest {
  private static final ConjunctSplitter SPLITTER = new ConjunctSplitter(
      new NewsTokenizer(ExtractionLexicon.fromResources().abbreviations()), new PosTagger());

  private static List<String> split(String sentence) {
    return SPLITTER.split(sentence).stream().map(ConjunctSplitter.Conjunct::text).toList();
  }

  @Test
  void shouldSplitTwoClausesWhenEachHasItsOwnSubject() {
    assertThat(split("The harbor master resigned and the council called a new vote"))
        .containsExactly("The harbor master resigned", "the council called a new vote");
  }

  @Test
  void shouldNotGiveTheFirstSubjectToAVerbWhenThatIsItsSubject() {
    assertThat(split("The crews worked all night and that saved the pier")).doesNotContain("The crews saved the pier");
    assertThat(split("The mayor said the pier was closed and that the ferry would stop"))
        .containsExactly("The mayor said the pier was closed", "the ferry would stop");
  }

  @Test
  void shouldNotSplitTheEndsOfBetweenWhenAPredicateFollowsTheSecond() {
    assertThat(split("The inspectors found a link between Roe and Lee in 2014 and the council closed the pier"))
        .containsExactly("The inspectors found a link between Roe and Lee in 2014", "the council closed the pier");
    assertThat(split("The inspectors looked for a link between Roe and Lee in 2014 and did not find one"))
        .containsExactly("The inspectors looked for a link between Roe and Lee in 2014 and did not find one");
  }

  @Test
  void shouldKeepOnePropositionWhenTheConjunctionJoinsTheSubjects() {
    assertThat(split("The mayor and the union leader met on Tuesday")).containsExactly("The mayor and the union leader met on Tuesday");
  }

  @Test
  void shouldRepeatTheSubjectWhenTwoPredicatesShareIt() {
    List<ConjunctSplitter.Conjunct> parts = SPLITTER.split("She rejected the audit and called it a stunt");
    assertThat(parts).extracting(ConjunctSplitter.Conjunct::text).containsExactly("She rejected the audit", "She called it a stunt");
    assertThat(parts).extracting(ConjunctSplitter.Conjunct::subject)
        .containsExactly(ConjunctSplitter.Subject.FIRST, ConjunctSplitter.Subject.SHARED);
  }

  @Test
  void shouldRepeatTheAuxiliaryWhenABaseFormVerbSharesIt() {
    assertThat(split("The ferry will leave at noon and return on Sunday"))
        .containsExactly("The ferry will leave at noon", "The ferry will return on Sunday");
  }

  @Test
  void shouldKeepTheSentenceWholeWhenTheConjunctionIsInsideASubordinateClause() {
    assertThat(split("He believes that rents will fall and that wages will rise")).hasSize(1);
  }

  @Test
  void shouldKeepTheSentenceWholeWhenTheConjunctionJoinsObjects() {
    assertThat(split("The board thanked the mayor and the harbor staff")).hasSize(1);
  }

  @Test
  void shouldKeepTheSentenceWholeWhenTheSecondPartIsElliptical() {
    assertThat(split("She has not yet signed the lease, but expects to")).hasSize(1);
  }

  @Test
  void shouldContinueTheInfinitiveWhenABaseFormFollowsTheConjunction() {
    assertThat(split("The council urged residents not to panic and stay indoors")).hasSize(1);
  }

  @Test
  void shouldSplitAfterAnInfinitiveWhenAPastTenseVerbFollows() {
    assertThat(split("The coach urged the players not to give up and reminded them of the title"))
        .containsExactly("The coach urged the players not to give up", "The coach reminded them of the title");
  }

  @Test
  void shouldSplitAtCommaButWhenAClauseFollowsASubordinateOne() {
    assertThat(split("The port reopened after the storm passed, but the ferries did not sail"))
        .containsExactly("The port reopened after the storm passed", "the ferries did not sail");
  }

  @Test
  void shouldSplitAtButWhenTheRightClauseHasAContractedSubject() {
    assertThat(split("I can see the case for a new pier, but I'm not paying for it"))
        .containsExactly("I can see the case for a new pier", "I'm not paying for it");
    assertThat(split("there's a shortage of crews, but they're hiring again"))
        .containsExactly("there's a shortage of crews", "they're hiring again");
  }

  @Test
  void shouldSplitAfterARelativeClauseWhenTheRightClauseOpensWithAPhraseAndAPronoun() {
    assertThat(split("She backed a plan where the town keeps the pier and at the meeting she had raised the fees"))
        .containsExactly("She backed a plan where the town keeps the pier", "at the meeting she had raised the fees");
  }

  @Test
  void shouldKeepOnePropositionWhenASubordinateClauseHoldsTheConjunction() {
    assertThat(split("She believes that the pier was sold and at the meeting she was misled"))
        .containsExactly("She believes that the pier was sold and at the meeting she was misled");
  }

  @Test
  void shouldSplitAtButWhenTheFirstClauseOpensWithAContractedSubject() {
    assertThat(split("We're repairing most of the piers, but we're not rebuilding the old ferry dock"))
        .containsExactly("We're repairing most of the piers", "we're not rebuilding the old ferry dock");
  }

  @Test
  void shouldKeepOnePropositionWhenTwoWhComplementsAreCoordinated() {
    assertThat(split("We have to decide what is fair and what isn't fair for the harbor"))
        .containsExactly("We have to decide what is fair and what isn't fair for the harbor");
  }

  @Test
  void shouldRepeatTheModalWhenTheTaggerReadsTheSecondVerbAsTheSubjectOfAClause() {
    assertThat(split("they would cut fares and push for comprehensive immigration reform"))
        .containsExactly("they would cut fares", "they would push for comprehensive immigration reform");
  }

  @Test
  void shouldKeepTheSentenceWholeWhenAModalsObjectIsTwoNouns() {
    assertThat(split("the council must review its budget and strategy toward the port")).hasSize(1);
  }

  @Test
  void shouldKeepTheSentenceWholeWhenTheSecondVerbContinuesAnInfinitive() {
    assertThat(split("he would bring a bill to fix the harbor code and close loopholes the ferry firm used for years")).hasSize(1);
  }
}
