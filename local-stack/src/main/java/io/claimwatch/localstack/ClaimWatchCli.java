package io.claimwatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.claimwatch.platform.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code claimwatch} command (see ARCHITECTURE.md for the contract tests and evaluators rely on).
 * Errors that a user can fix (a busy port, an unreadable path, bad configuration) end with one line on stderr
 * and exit code 2; anything else with the error and exit code 1.
 */
@Command(name = "claimwatch", mixinStandardHelpOptions = true, version = "claimwatch 0.1.0",
        description = "Track news claims, their sources and their confirmation status.",
        subcommands = {UpCommand.class, DemoCommand.class, ReplayCommand.class, AnalyzeCommand.class,
                StanceCommand.class, EvalCommand.class, ChaosCommand.class})
public final class ClaimWatchCli {

    public static void main(String[] args) {
        // Before the first logger exists: logs go to stderr so stdout carries only results; quiet unless asked.
        System.setProperty("LOG_TARGET", "System.err");
        if (System.getenv("LOG_LEVEL") == null) {
            System.setProperty("LOG_LEVEL", "WARN");
        }
        System.exit(run(args));
    }

    static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; tests set its out/err writers. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ClaimWatchCli());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (isUsersToFix(exception)) {
                cmd.getErr().println("claimwatch " + cmd.getCommandName() + ": " + exception.getMessage());
                return 2;
            }
            cmd.getErr().println("claimwatch " + cmd.getCommandName() + " failed: " + exception);
            exception.printStackTrace(cmd.getErr());
            return 1;
        });
        return commandLine;
    }

    private static boolean isUsersToFix(Exception exception) {
        return exception instanceof StackPorts.PortInUseException
                || exception instanceof InputPaths.InputPathException
                || exception instanceof ConfigException
                || exception instanceof IllegalArgumentException
                || exception instanceof UncheckedIOException
                || exception instanceof IOException;
    }
}
