package io.claimwatch.localstack.articles;

import static io.claimwatch.localstack.articles.Cast.pick;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic generator of ~3 KB news-style articles for benchmarks and the load harness. The text is written from
 * ClaimWatch's own templates about an invented world ({@link Cast}, {@link Stories}); the same seed always gives the
 * same articles. Each article reports one main story with the attribution patterns the extractor handles (speech
 * verbs, "according to", quotes, denials, "citing sources", anonymous officials, hedges), mentions a second story in
 * passing, and is padded with cue-free background sentences, so sentence splitting, cue rules and source resolution
 * all run as on real news. Several articles share each story, so claims collect evidence from several outlets.
 */
public final class ArticleGenerator {
  /** Articles stop growing once title + body reach this many characters (they end between 3.0 and ~3.4 KB). */
  public static final int TARGET_CHARS = 3_000;
  /**
   * Article n is published n minutes after this: 20,000 articles span 14 days, inside the resolver's 30-day window
   * and in the past (ingest refuses dates more than a day ahead).
   */
  private static final Instant EPOCH = Instant.parse("2026-01-05T06:00:00Z");
  private static final DateTimeFormatter URL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  private static final List<String> LEADS = List.of(
      "{Claim}, {outlet2} reported on {day}, citing two people familiar with the matter.",
      "According to {outlet2}, {claim}.",
      "{Claim}, according to people briefed on the plans.",
      "Officials familiar with the matter said on {day} that {claim}.");
  private static final List<String> CONFIRMATIONS = List.of(
      "\"{Claim},\" {official}, {role}, told reporters in {city}.",
      "{party} confirmed on {day} that {claim}.",
      "{official}, {role}, said in a statement that {claim}.",
      "{person2}, an analyst at {company2}, said she believed {claim}.");
  private static final List<String> DENIALS = List.of(
      "{party} denied that {claim}.",
      "{official}, {role}, denied the report, calling it false.",
      "\"There is no truth to the report,\" {official} said on {day}.",
      "{person2}, a board member of {party}, denied that {claim}.");
  private static final List<String> HEDGES = List.of(
      "{party} declined to comment on the report.",
      "{official} said it was too early to say whether {claim}.",
      "{outlet2} said it could not independently verify the report.");
  private static final List<String> BACKGROUND = List.of(
      "{party} employs about {n} people in {city} and has offices in several neighbouring regions.",
      "The company reported revenue of {n} million euros last year, slightly more than analysts had expected.",
      "Shares of {party} rose {small} percent in early trading before giving up most of the gains.",
      "The city council of {city} is due to vote on its budget for the coming year in {month}.",
      "Trade unions have held several meetings with management since the start of the year.",
      "Local business groups have been watching the sector closely after a difficult winter.",
      "The regional economy has grown for {small} consecutive quarters, driven mainly by exports.",
      "Freight volumes through the port of {city} fell by {small} percent in the third quarter.",
      "The sector has seen a wave of consolidation as smaller firms struggle with higher energy costs.",
      "Earlier this year the regulator opened a consultation on competition in the market.");
  private static final List<String> ASIDES = List.of(
      "In separate news, {outlet2} reported that {claim}.",
      "Separately, {official} said on {day} that {claim}.",
      "Elsewhere, {party} denied that {claim}.");

  private final Random random;
  private final List<Story> stories;
  /** The story every article reports on, or null: each article picks one at random. */
  private final Story only;
  private int index;

  /** A generator over {@code storyCount} invented stories; equal seeds give equal article sequences. */
  public ArticleGenerator(long seed, int storyCount) {
    this(seed, storyCount, false);
  }

  private ArticleGenerator(long seed, int storyCount, boolean singleStory) {
    if (storyCount < 2) {
      throw new IllegalArgumentException("storyCount must be >= 2, was " + storyCount);
    }
    this.random = new Random(seed);
    this.stories = Stories.invent(storyCount, random);
    this.only = singleStory ? stories.getFirst() : null;
  }

  /** Every article reports the same story (asides mention a few others): one claim with thousands of articles. */
  public static ArticleGenerator singleStory(long seed) {
    return new ArticleGenerator(seed, 4, true);
  }

  public ArticleGenerator(long seed) {
    this(seed, 40);
  }

  public List<GeneratedArticle> generate(int count) {
    List<GeneratedArticle> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(next());
    }
    return articles;
  }

  public GeneratedArticle next() {
    int n = index++;
    Story story = only != null ? only : stories.get(random.nextInt(stories.size()));
    Story aside = stories.get(random.nextInt(stories.size()));
    if (aside == story) {
      aside = stories.get((stories.indexOf(story) + 1) % stories.size());
    }
    String outlet = pick(Cast.OUTLETS, random);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(render(pick(LEADS, random), story, outlet) + " " + render(pick(BACKGROUND, random), story, outlet));
    boolean denied = random.nextInt(3) == 0;
    paragraphs.add(render(pick(denied ? DENIALS : CONFIRMATIONS, random), story, outlet) + " "
        + render(pick(HEDGES, random), story, outlet));
    paragraphs.add(render(pick(ASIDES, random), aside, outlet));
    int length = story.headline().length() + 1 + String.join("\n\n", paragraphs).length();
    while (length < TARGET_CHARS) {
      List<String> pool = switch (random.nextInt(4)) {
        case 0 -> random.nextBoolean() ? CONFIRMATIONS : DENIALS;
        case 1 -> HEDGES;
        default -> BACKGROUND;
      };
      String paragraph = render(pick(pool, random), story, outlet) + " " + render(pick(BACKGROUND, random), story, outlet);
      paragraphs.add(paragraph);
      length += 2 + paragraph.length();
    }
    Instant published = EPOCH.plus(Duration.ofMinutes(n));
    String url = "https://" + slug(outlet) + ".example/" + URL_DATE.format(published) + "/" + slug(story.headline())
        + "-" + n;
    return new GeneratedArticle(url, outlet, published, story.headline(), String.join("\n\n", paragraphs));
  }

  private String render(String template, Story story, String outlet) {
    String otherOutlet = pick(Cast.OUTLETS, random);
    if (otherOutlet.equals(outlet)) {
      otherOutlet = Cast.OUTLETS.get((Cast.OUTLETS.indexOf(outlet) + 1) % Cast.OUTLETS.size());
    }
    return template
        .replace("{Claim}", story.claimCapitalized())
        .replace("{claim}", story.claim())
        .replace("{party}", story.party())
        .replace("{official}", story.official())
        .replace("{role}", story.officialRole())
        .replace("{city}", story.city())
        .replace("{outlet2}", otherOutlet)
        .replace("{person2}", Cast.person(random))
        .replace("{company2}", Cast.company(random))
        .replace("{day}", pick(Cast.DAYS, random))
        .replace("{month}", pick(Cast.MONTHS, random))
        .replace("{n}", Integer.toString(200 + random.nextInt(9_800)))
        .replace("{small}", Integer.toString(2 + random.nextInt(9)));
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
