package dev.interopatlas.app.cli;

import dev.interopatlas.app.core.PhaseClock;
import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.io.OutputException;
import dev.interopatlas.indexer.progress.IndexCancelledException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine;

/** The root of the command line; each subcommand is one class registered here. */
@Command(name = AtlasCommand.NAME, mixinStandardHelpOptions = true, version = AtlasCommand.VERSION,
        description = AtlasCommand.DESCRIPTION,
        subcommands = {OpenCommand.class, IndexCommand.class, MetricsCommand.class, HotspotsCommand.class, ReadinessCommand.class,
                MaintainersCommand.class, HistoryCommand.class, DiffCommand.class, ImpactCommand.class,
                ExportGraphCommand.class,
                ReportCommand.class})
public final class AtlasCommand {
    static final String NAME = "interop-atlas";
    static final String VERSION = "Interop Atlas 0.1";
    static final String DESCRIPTION = "Maps the Linux kernel's Rust/C boundary. Without a command, opens the desktop app.";
    /** Exit code for a failure the user can fix (bad path, not a kernel, missing tag). */
    public static final int EXIT_ERROR = 1;
    /** Exit code when the user stopped the work. */
    public static final int EXIT_CANCELLED = 130;
    /** Exit code when stdout's reader went away ({@code | head}): a shell's for a process ended by SIGPIPE. */
    public static final int EXIT_BROKEN_PIPE = 141;

    /** Runs a command line and returns the process exit code; errors become one line on {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(args, out, err).execute(args);
    }

    /**
     * {@link #run} as the whole process, where {@link ChildJvm#runInChild} did not start a child JVM with
     * short-run flags: a batch command then keeps this JVM on the quick compiler (see {@link ShortRunCompilation});
     * {@code open}, which starts the desktop app, does not, nor does the child, which has the flags.
     */
    public static int runAsProcess(String[] args, PrintStream out, PrintStream err) {
        EarlyFactsCache.start(args); // on the core picocli leaves idle
        Optional<IndexArguments> plainIndex = IndexArguments.parse(args);
        if (plainIndex.isPresent()) { // without building picocli's command line
            PhaseClock.mark("command line parsed");
            if (!ChildJvm.isChild()) {
                ShortRunCompilation.preferQuickCompilation();
            }
            try {
                return plainIndex.get().command().call();
            } catch (Exception e) {
                return failed(e, IndexArguments.COMMAND, new PrintWriter(err, true));
            }
        }
        CommandLine commandLine = commandLine(args, out, err);
        commandLine.setExecutionStrategy(parseResult -> {
            PhaseClock.mark("command line parsed");
            Object command = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1)
                    .getCommand();
            if (!(command instanceof OpenCommand) && !ChildJvm.isChild()) {
                ShortRunCompilation.preferQuickCompilation();
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine.execute(args);
    }

    /**
     * The root with only the subcommand {@code args} names, when it names one: picocli reads the annotations of
     * every subcommand when the root is built, and the ten others cost about a third of its start-up, which every
     * cached {@code index} pays before it can start walking. Anything else (no command, an option first, an unknown
     * name) gets the full root, for help, version and "did you mean". The handlers below are set after the
     * subcommand is added, since picocli passes them only to the subcommands it has.
     */
    private static CommandLine commandLine(String[] args, PrintStream out, PrintStream err) {
        Optional<Class<?>> named = args.length == 0 ? Optional.empty() : subcommandNamed(args[0]);
        CommandLine commandLine;
        if (named.isPresent()) {
            commandLine = new CommandLine(new LeanRoot());
            commandLine.addSubcommand(named.get());
        } else {
            commandLine = new CommandLine(new AtlasCommand());
        }
        commandLine.registerConverter(java.nio.file.Path.class, PathArgument::of);
        IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        return commandLine
                .setParameterExceptionHandler((e, parsed) -> {
                    if (e.getCause() instanceof PathArgument.UnusablePathException unusable) {
                        e.getCommandLine().getErr().println("interop-atlas " + e.getCommandLine().getCommandName()
                                + ": error: " + unusable.getMessage());
                        return EXIT_ERROR;
                    }
                    return usage.handleParseException(e, parsed);
                })
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler((e, cmd, parseResult) -> failed(e, cmd.getCommandName(), cmd.getErr()));
    }

    /** The exit code of a command that failed, after one line on {@code err} (none for a closed pipe). */
    private static int failed(Exception e, String commandName, PrintWriter err) {
        if (e instanceof OutputException output && output.brokenPipe()) {
            return EXIT_BROKEN_PIPE; // quietly, as `cat | head` does
        }
        err.println("interop-atlas " + commandName + ": error: " + describe(e));
        return e instanceof IndexCancelledException ? EXIT_CANCELLED : EXIT_ERROR;
    }

    /** {@link AtlasCommand} without its subcommands (see {@link #commandLine}). */
    @Command(name = NAME, mixinStandardHelpOptions = true, version = VERSION, description = DESCRIPTION)
    static final class LeanRoot {
    }

    private static Optional<Class<?>> subcommandNamed(String name) {
        for (Class<?> subcommand : AtlasCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            if (command != null && command.name().equals(name)) {
                return Optional.of(subcommand);
            }
        }
        return Optional.empty();
    }

    private static String describe(Exception e) {
        if (e instanceof CliException || e instanceof IndexException || e instanceof IndexCancelledException
                || e instanceof OutputException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
