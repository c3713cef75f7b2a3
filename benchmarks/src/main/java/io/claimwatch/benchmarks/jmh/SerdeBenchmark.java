package io.claimwatch.benchmarks.jmh;

import io.claimwatch.localstack.articles.ArticleGenerator;
import io.claimwatch.localstack.articles.GeneratedArticle;
import io.claimwatch.extraction.ArticleAnalyzer;
import io.claimwatch.enrich.stream.EnrichedArticleMapper;
import io.claimwatch.platform.registry.InMemorySchemaRegistryClient;
import io.claimwatch.platform.serde.AvroSerdes;
import io.claimwatch.platform.topics.Topics;
import io.claimwatch.schemas.Article;
import io.claimwatch.schemas.EnrichedArticle;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serde;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The platform Avro serde (Confluent wire format) on a realistic {@link EnrichedArticle}: the analyzer's real output
 * for a ~3 KB generated article, mapped the way enrich-service maps it. Measures serialize, deserialize and the
 * round trip; the registry is {@link InMemorySchemaRegistryClient}, so no network is involved (the serde caches
 * schema ids after the first call, as it does against a real registry).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SerdeBenchmark {
  private Serde<EnrichedArticle> serde;
  private EnrichedArticle record;
  private byte[] bytes;

  @Setup(Level.Trial)
  public void setUp() {
    GeneratedArticle generated = new ArticleGenerator(20_260_402L).next();
    Article article = Article.newBuilder()
        .setId(generated.url()).setVersion(1).setContentHash("0".repeat(64)).setUrl(generated.url())
        .setPublisher(generated.publisher()).setPublishedAt(generated.publishedAt())
        .setIngestedAt(Instant.parse("2026-11-01T00:00:00Z")).setTitle(generated.title()).setBody(generated.body())
        .build();
    record = new EnrichedArticleMapper("bench").toRecord(article, ArticleAnalyzer.fromResources().analyze(generated.toInput()));
    serde = AvroSerdes.forValues(new InMemorySchemaRegistryClient(), EnrichedArticle.class);
    bytes = serde.serializer().serialize(Topics.ARTICLES_ENRICHED, record);
    if (!record.equals(serde.deserializer().deserialize(Topics.ARTICLES_ENRICHED, bytes))) {
      throw new IllegalStateException("serde round trip changed the record");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    serde.close();
  }

  @Benchmark
  public byte[] serialize(ThreadCpuMeter cpu) {
    cpu.count();
    return serde.serializer().serialize(Topics.ARTICLES_ENRICHED, record);
  }

  @Benchmark
  public EnrichedArticle deserialize(ThreadCpuMeter cpu) {
    cpu.count();
    return serde.deserializer().deserialize(Topics.ARTICLES_ENRICHED, bytes);
  }

  @Benchmark
  public EnrichedArticle roundTrip(ThreadCpuMeter cpu) {
    cpu.count();
    return serde.deserializer().deserialize(Topics.ARTICLES_ENRICHED,
        serde.serializer().serialize(Topics.ARTICLES_ENRICHED, record));
  }
}
