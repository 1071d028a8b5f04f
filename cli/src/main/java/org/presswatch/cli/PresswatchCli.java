package org.presswatch.cli;

import org.presswatch.cli.bench.BenchCommand;
import org.presswatch.core.Version;
import org.presswatch.core.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code presswatch} command. Exit codes: 0 success, 2 a usage error (unknown command or
 * option, bad option value), 1 any other failure, with a one-line reason on stderr.
 */
@Command(name = "presswatch", mixinStandardHelpOptions = true, versionProvider = PresswatchCli.VersionProvider.class,
        description = {"Media monitoring for Vietnam's provincial press offices.",
                "Theo dõi báo chí trong nước và quốc tế cho cơ quan báo chí, tuyên truyền các tỉnh, thành phố."},
        subcommands = {ServeCommand.class, DemoCommand.class, SourcesCommand.class, ExtractCommand.class, AnalyzeCommand.class,
                TrainCommand.class, EvalCommand.class, LibraryCommand.class, MatchCommand.class, ReindexCommand.class,
                UsersCommand.class, AuditCommand.class,
                BenchCommand.class, SubmitCommand.class, VersionCommand.class,
                CommandLine.HelpCommand.class})
public final class PresswatchCli implements Runnable {
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command line and returns its exit code, printing errors on stderr. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new PresswatchCli());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("presswatch: " + reason(e));
            return FAILURE;
        });
        cli.setParameterExceptionHandler((e, params) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("presswatch: " + e.getMessage());
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: serve, demo or version");
    }

    private static String reason(Exception e) {
        if (e instanceof ConfigException) {
            return "configuration error: " + e.getMessage();
        }
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : firstLine(t.getMessage());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"presswatch " + Version.get()};
        }
    }
}
