package io.claimwatch.aggregate;

import io.claimwatch.platform.config.ConfigException;
import io.claimwatch.platform.config.EnvConfig;
import io.claimwatch.platform.lifecycle.ParentWatchdog;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs aggregate-service from environment configuration until SIGTERM; exits non-zero on bad config or failure. */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    ParentWatchdog.startFromEnvironment("aggregate-service");
    AggregateService.Running running;
    EnvConfig env = EnvConfig.fromEnvironment();
    try {
      AggregateConfig config = AggregateConfig.from(env);
      LOG.info("aggregate-service configuration: {}", env.masked(AggregateConfig.VARIABLES));
      running = AggregateService.start(config);
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    } catch (RuntimeException e) {
      LOG.error("aggregate-service failed to start", e);
      System.exit(1);
      return;
    }
    running.shutdown().onJvmShutdown();
    running.shutdown().awaitShutdown();
    boolean failed = running.state() == KafkaStreams.State.ERROR;
    System.exit(failed ? 1 : 0);
  }
}
