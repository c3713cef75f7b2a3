package io.claimwatch.localstack;

import io.claimwatch.ingest.ItemResult;
import io.claimwatch.ingest.publish.WriteUnavailableException;
import io.claimwatch.ingest.validate.ArticleSubmission;
import io.claimwatch.ingest.validate.SubmissionParser.ParsedItem;
import io.claimwatch.enrich.stream.MentionDeriver;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Claim;
import io.claimwatch.schemas.EnrichedArticle;
import io.claimwatch.schemas.MentionAssignment;
import io.claimwatch.schemas.QuestionLink;
import io.claimwatch.tools.eval.EmergentRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claim identity through the running pipeline: the headlines go in as articles (title = headline, empty body)
 * through ingest on a fresh stack (real broker, registry, enrich with its claim resolver, aggregate), and each
 * headline's claim id is what {@code news.claims.mentions} says of the mention of its first claim in
 * {@code news.articles.enriched}, read once every article has reached {@code news.claims.status} and the
 * resolver's answers have stopped changing. It is the streaming counterpart of the analyzer path of
 * {@code eval emergent}: same headlines, same "first claim", so the two scores can be compared. A headline with no
 * claim is scored by the claim its first title question asks about ({@code news.claims.questions}), as the analyzer
 * path scores it with {@code analyze}'s {@code questions}, else it is a claim of its own.
 */
final class PipelineIdentity {

  /** How long the assignments must stay unchanged before they are read as final (regrouping may still move some). */
  private static final Duration QUIET = Duration.ofSeconds(2);

  private final Duration timeout;

  PipelineIdentity(Duration timeout) {
    this.timeout = timeout;
  }

  /** Headline → claim id of its first claim, the headlines sent in row order to a stack started for this call. */
  Map<String, String> resolve(List<EmergentRow> rows) {
    Map<String, String> urlByHeadline = new LinkedHashMap<>();
    for (EmergentRow row : rows) {
      urlByHeadline.computeIfAbsent(row.articleHeadline(),
          h -> "https://headlines.claimwatch.test/" + urlByHeadline.size());
    }
    try (LocalStack stack = LocalStack.start(StackPorts.fromBase(0), 3)) {
      Map<String, String> articleByHeadline = ingest(stack, urlByHeadline);
      PipelineDrain.await(stack.bootstrapServers(), stack.registryUrl(),
          List.copyOf(articleByHeadline.values()), timeout);
      Map<String, String> claimByArticle = firstClaims(stack);
      Map<String, String> out = new HashMap<>();
      articleByHeadline.forEach((headline, article) ->
          out.put(headline, claimByArticle.getOrDefault(article, "none:" + headline)));
      return out;
    }
  }

  private static Map<String, String> ingest(LocalStack stack, Map<String, String> urlByHeadline) {
    List<String> headlines = List.copyOf(urlByHeadline.keySet());
    List<ParsedItem> items = new ArrayList<>();
    for (String headline : headlines) {
      items.add(new ParsedItem(new ArticleSubmission(urlByHeadline.get(headline), "Headline Desk",
          "2026-01-01T00:00:00Z", headline, "", "en", null, "eval"), null, headline));
    }
    Map<String, String> articleByHeadline = new LinkedHashMap<>();
    try {
      for (int from = 0; from < items.size(); from += 100) {
        List<ItemResult> results = stack.ingest().core().ingestor()
            .ingest(items.subList(from, Math.min(items.size(), from + 100)), "eval");
        for (ItemResult result : results) {
          if (!result.accepted()) {
            throw new IllegalStateException("ingest refused headline \"" + headlines.get(from + result.index())
                + "\": " + result.rejection().message());
          }
          articleByHeadline.put(headlines.get(from + result.index()), result.id());
        }
      }
    } catch (WriteUnavailableException e) {
      throw new IllegalStateException("the broker or registry refused the headlines: " + e.getMessage(), e);
    }
    return articleByHeadline;
  }

  /**
   * Article id → the claim its first claim's mention is assigned to, or for an article without claims the claim its
   * first title question asks about, once the assignments and question links are quiet.
   */
  private Map<String, String> firstClaims(LocalStack stack) {
    try (TopicSnapshot<EnrichedArticle> enriched = new TopicSnapshot<>(stack.bootstrapServers(), stack.registryUrl(),
        Topics.ARTICLES_ENRICHED, EnrichedArticle.class);
         TopicSnapshot<MentionAssignment> assignments = new TopicSnapshot<>(stack.bootstrapServers(),
             stack.registryUrl(), Topics.CLAIM_MENTIONS, MentionAssignment.class);
         TopicSnapshot<QuestionLink> questions = new TopicSnapshot<>(stack.bootstrapServers(),
             stack.registryUrl(), Topics.CLAIM_QUESTIONS, QuestionLink.class)) {
      Map<String, MentionAssignment> settled = settled(assignments, "assignments");
      Map<String, QuestionLink> links = settled(questions, "question links");
      Map<String, String> out = new HashMap<>();
      for (EnrichedArticle article : enriched.catchUp().values()) {
        List<Claim> claims = article.getClaims();
        if (claims.isEmpty()) {
          QuestionLink link = MentionDeriver.questions(article).keySet().stream().findFirst().map(links::get)
              .orElse(null);
          if (link != null) {
            out.put(article.getArticleId(), link.getClaimId());
          }
          continue;
        }
        if (claims.get(0).getMentionId() == null) {
          continue;
        }
        MentionAssignment assigned = settled.get(claims.get(0).getMentionId());
        if (assigned == null) {
          throw new IllegalStateException("the resolver never assigned mention " + claims.get(0).getMentionId());
        }
        out.put(article.getArticleId(), assigned.getClaimId());
      }
      return out;
    }
  }

  private <T extends org.apache.avro.specific.SpecificRecord> Map<String, T> settled(TopicSnapshot<T> topic,
                                                                                     String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, T> last = Map.copyOf(topic.catchUp());
    while (true) {
      PipelineDrain.pauseUntil(deadline, "the resolver's " + what + " to stay unchanged for " + QUIET,
          QUIET);
      Map<String, T> now = Map.copyOf(topic.catchUp());
      if (now.equals(last)) {
        return now;
      }
      last = now;
    }
  }
}
