package io.claimwatch.localstack;

import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimwatch demo}: {@code up} plus the bundled demo articles, fed at a pace that shows the dashboard change. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the stack, feed the bundled demo articles, serve the dashboard until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Option(names = "--pace", defaultValue = "PT3S", description = "Pause between demo steps (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration pace;

    @Override
    public Integer call() throws Exception {
        try (LocalStack stack = UpCommand.start(options.portBase, options.partitions)) {
            System.out.printf("open http://localhost:%d/ to watch the claims change%n", stack.ports().aggregate());
            Thread feeder = new Thread(() -> {
                try {
                    new DemoFeeder(stack.ports().ingest(), System.out).play(pace);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    System.err.println("demo feed stopped: " + e.getMessage());
                }
            }, "demo-feeder");
            feeder.setDaemon(true);
            feeder.start();
            stack.shutdown().awaitShutdown();
        }
        return 0;
    }
}
