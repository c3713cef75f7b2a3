package io.claimwatch.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.claimwatch.platform.topics.TopicCreator;
import io.claimwatch.platform.topics.TopicSpec;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM on free
 * loopback ports and a fresh log directory. Used by integration tests and by the {@code claimwatch} local
 * stack. Settings are lean for one node (one offsets partition, replication 1, no initial rebalance delay).
 * {@link #stop()} and {@link #restart()} keep the ports and the log directory, so data survives a restart.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;

    private final Path logDir;
    private final boolean deleteOnClose;
    private final int brokerPort;
    private final int controllerPort;
    private final Properties extraConfig;
    private final Optional<SaslListener> sasl;
    private KafkaRaftServer server;

    /**
     * An extra {@code SASL_PLAINTEXT} listener (mechanism PLAIN) on its own port accepting one user, for tests of
     * the clients' security pass-through; the PLAINTEXT listener stays for the broker's own use and {@link #admin()}.
     */
    public record SaslListener(int port, String user, String password) {
        /** The client-side JAAS line for this user (what {@code KAFKA_SASL_JAAS_CONFIG} carries). */
        public String clientJaasConfig(String password) {
            return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                    + "\" password=\"" + password + "\";";
        }
    }

    private EmbeddedKafka(Path logDir, boolean deleteOnClose, int brokerPort, Properties extraConfig,
                          Optional<SaslListener> sasl) {
        this.logDir = logDir;
        this.deleteOnClose = deleteOnClose;
        this.brokerPort = brokerPort;
        this.controllerPort = FreePorts.next();
        this.extraConfig = extraConfig;
        this.sasl = sasl;
    }

    /** A broker with an additional SASL_PLAINTEXT/PLAIN listener for {@code user}/{@code password}. */
    public static EmbeddedKafka startWithSasl(String user, String password) {
        return start(0, new Properties(), Optional.of(new SaslListener(FreePorts.next(), user, password)));
    }

    /** {@code host:port} of the SASL listener. */
    public String saslBootstrapServers() {
        return "127.0.0.1:" + sasl.orElseThrow(() -> new IllegalStateException("no SASL listener")).port();
    }

    public Optional<SaslListener> saslListener() {
        return sasl;
    }

    /** Formats a fresh temporary log directory and starts a broker on free ports. */
    public static EmbeddedKafka start() {
        return start(0, new Properties());
    }

    /**
     * Starts a broker with its client listener on {@code brokerPort} (0 = any free port) and extra broker
     * settings, in a fresh temporary log directory deleted on {@link #close()}.
     */
    public static EmbeddedKafka start(int brokerPort, Properties extraConfig) {
        return start(brokerPort, extraConfig, Optional.empty());
    }

    private static EmbeddedKafka start(int brokerPort, Properties extraConfig, Optional<SaslListener> sasl) {
        try {
            Path dir = Files.createTempDirectory("claimwatch-kafka-");
            EmbeddedKafka kafka = new EmbeddedKafka(dir, true, brokerPort == 0 ? FreePorts.next() : brokerPort,
                    extraConfig, sasl);
            kafka.format();
            kafka.startServer();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Kafka log directory", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public Path logDir() {
        return logDir;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Creates a topic (no-op when it exists). */
    public void createTopic(String name, int partitions) {
        createTopics(List.of(new TopicSpec(name, partitions, false)));
    }

    public void createTopics(List<TopicSpec> specs) {
        try (Admin admin = admin()) {
            TopicCreator.ensure(admin, specs);
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** Stops the broker; its ports and data are kept for {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            LOG.info("embedded Kafka stopped");
        }
    }

    /** Starts the broker again on the same ports and log directory. */
    public synchronized void restart() {
        stop();
        startServer();
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            Directories.deleteRecursively(logDir);
        }
    }

    private void format() {
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
    }

    private synchronized void startServer() {
        long start = System.nanoTime();
        KafkaConfig config = new KafkaConfig(brokerConfig(), false);
        KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        awaitReady(Duration.ofSeconds(60));
        LOG.info("embedded Kafka ready at {} in {} ms", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private Properties brokerConfig() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        sasl.ifPresent(listener -> {
            props.put("listeners", props.get("listeners") + ",SASL_PLAINTEXT://127.0.0.1:" + listener.port());
            props.put("advertised.listeners", props.get("advertised.listeners") + ",SASL_PLAINTEXT://127.0.0.1:" + listener.port());
            props.put("listener.security.protocol.map", props.get("listener.security.protocol.map") + ",SASL_PLAINTEXT:SASL_PLAINTEXT");
            props.put("sasl.enabled.mechanisms", "PLAIN");
            props.put("listener.name.sasl_plaintext.plain.sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + listener.user()
                            + "\" password=\"" + listener.password() + "\" user_" + listener.user() + "=\""
                            + listener.password() + "\";");
        });
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "1");
        props.put("default.replication.factor", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        props.put("unclean.leader.election.enable", "false");
        props.putAll(extraConfig);
        return props;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("embedded Kafka did not become ready within " + timeout, e);
                    }
                }
            }
        }
    }
}
