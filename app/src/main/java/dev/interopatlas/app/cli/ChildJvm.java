package dev.interopatlas.app.cli;

import dev.interopatlas.app.core.PhaseClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * Runs a batch command in a child JVM started with the flags a short run wants, since {@code java -jar} takes no
 * JVM flags from the jar: {@code -XX:TieredStopAtLevel=1} (C1 only) and {@code -XX:+UseSerialGC}. The desktop app
 * ({@code open}, no arguments, {@code --synthetic}) runs in a child on C1 only, with the default collector and its
 * own class archive: its work comes in bursts of a second or two (opening a tree, an impact, a layout), where C2's
 * compiler threads took the cores the work needed (docs/decisions/0014).
 *
 * <p>Why (docs/decisions/0008): on 7.3 a cold {@code index} in one JVM spent 1.2 s more CPU than the same run with
 * those flags: the compiler directive of {@link ShortRunCompilation} arrives only after JMX has loaded (C2 already
 * busy) and still compiles every hot method twice (tier 3, then tier 1); and G1, sized for a 6 GB maximum heap,
 * grew the heap to 600 MB for 30 MB of live data. The child with both flags used 2.7 s of CPU instead of 3.9 s and
 * peaked at 220 MB instead of 600 MB; the parent JVM costs 0.1 s and 40 MB.
 *
 * <p>The child also maps a class-data-sharing archive of the jar, written by the first run ({@link ClassArchive}).
 *
 * <p>The user's own JVM options are passed on, after ours, so theirs win; a GC or JIT choice of theirs (on the
 * command line, in {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS}) replaces ours. Stays in this JVM, using
 * {@link ShortRunCompilation} instead, when the command is not a batch one, when the JVM was not started as
 * {@code java [options] -jar JAR ARGS} (tests, an IDE, argument files), when the process cannot be started, or
 * with {@code -Dinterop-atlas.jvm=same}; {@code -Dinterop-atlas.cds=false} starts the child without an archive.
 *
 * <p>The code the parent runs before starting the child uses loops, not lambdas, streams or regular expressions:
 * in a JVM without an archive of our classes the first lambda alone costs the method-handle machinery (50 lambda
 * forms), and the parent's 50 ms before the hand-off are on every run's critical path (docs/decisions/0008).
 */
public final class ChildJvm {
    /** {@code same}: run in this JVM; {@code child}: this is the child (set by the parent). */
    static final String PROPERTY = "interop-atlas.jvm";
    static final String CHILD = "child";
    private static final String SAME = "same";
    /** {@code false}: no class-sharing archive for the child (see {@link ClassArchive}). */
    static final String CDS_PROPERTY = "interop-atlas.cds";

    private ChildJvm() {
    }

    /** Whether this JVM is a child started by {@link #runInChild}, with its flags already set. */
    static boolean isChild() {
        return CHILD.equals(System.getProperty(PROPERTY));
    }

    /**
     * The subcommands that run and exit: all but {@code open}, which starts the desktop app. Spelled out rather
     * than read from {@link AtlasCommand}'s annotations, which would load picocli before the child is started
     * (40 ms); a test keeps the two equal.
     */
    static final Set<String> BATCH_COMMANDS = Set.of("index", "metrics", "hotspots", "readiness", "maintainers",
            "history", "diff", "impact", "export-graph", "report");

    /** Whether {@code args} start the desktop app rather than a command that runs and exits. */
    public static boolean startsDesktop(String[] args) {
        return args.length == 0 || args[0].startsWith("--synthetic") || args[0].equals("open");
    }

    /** Runs {@code args} in a child JVM and gives its exit code, or empty when the command should run here. */
    public static OptionalInt runInChild(String[] args) {
        if (System.getProperty(PROPERTY) != null) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String[]> ownArguments = self.arguments();
        Optional<List<String>> own = ownArguments.isPresent() ? Optional.of(Arrays.asList(ownArguments.get()))
                : Optional.empty();
        String jit = System.getProperty(ShortRunCompilation.OPT_OUT_PROPERTY);
        boolean desktop = startsDesktop(args);
        Optional<Child> planned = desktop ? desktopCommand(args, self.command(), own, System.getenv(), jit)
                : childCommand(args, self.command(), own, System.getenv(), jit, Runtime.getRuntime().maxMemory());
        if (planned.isEmpty()) {
            return OptionalInt.empty();
        }
        Child command = planned.get().withRealJarPath();
        // the app's archive is dumped when its first run ends well: when it is closed (ADR 0014)
        Optional<ClassArchive.Plan> archive = "false".equals(System.getProperty(CDS_PROPERTY))
                ? Optional.empty() : ClassArchive.plan(ClassArchive.defaultDirectory(), Path.of(command.jar()),
                        System.getProperty("java.home") + " " + System.getProperty("java.vm.version"),
                        command.flags(), command.userOptions());
        Process child;
        PhaseClock.mark("starting child");
        try {
            child = new ProcessBuilder(command.command(archive.isPresent() ? archive.get().options() : List.of()))
                    .inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread stopChild = new StopChild(child); // on Ctrl-C or kill
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            int exit = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            if (archive.isPresent()) {
                if (desktop && exit == 0 && archive.get().written().isPresent()) {
                    // the window is gone, the command is not: say why, once per build of the jar
                    System.err.println("interop-atlas: preparing a faster start for next time (once per build)...");
                }
                ClassArchive.finish(archive.get(), exit, ClassArchive.withJava(command.java(), command.flags(),
                        command.jar()));
            }
            return OptionalInt.of(exit);
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(AtlasCommand.EXIT_CANCELLED);
        }
    }

    /** Ends the child when this JVM is stopped (a class, not a method reference: see the class comment). */
    private static final class StopChild extends Thread {
        private final Process child;

        StopChild(Process child) {
            super("interop-atlas-stop-child");
            this.child = child;
        }

        @Override
        public void run() {
            child.destroy();
        }
    }

    /**
     * A child JVM's command line in parts.
     *
     * @param flags       the short-run flags chosen for it
     * @param userOptions the JVM options this JVM was started with, and those it reads from the environment
     * @param jarAndArgs  {@code -jar JAR ARGS…}
     */
    record Child(String java, List<String> flags, List<String> userOptions, List<String> ownOptions,
                 List<String> jarAndArgs) {
        /** The command line, with {@code extra} options (class sharing) after the flags. */
        List<String> command(List<String> extra) {
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(flags);
            command.addAll(extra);
            command.addAll(ownOptions);
            command.add("-D" + PROPERTY + "=" + CHILD);
            command.addAll(jarAndArgs);
            return command;
        }

        String jar() {
            return jarAndArgs.get(1);
        }

        Child withFlags(List<String> chosen) {
            return new Child(java, List.copyOf(chosen), userOptions, ownOptions, jarAndArgs);
        }

        /**
         * The same command naming the jar by its real path. A static class archive records the class path as it
         * was spelled when it was dumped, and the child is checked against that spelling: dumped after
         * {@code java -jar app/target/x.jar} in one directory, the archive did not match a run of the same jar from
         * another directory, and the JVM then silently ran without any archive, not even the JDK's (0.3 s more CPU
         * on a cached 7.3 index). The archive's name is derived from the real path too ({@link ClassArchive#key}).
         */
        Child withRealJarPath() {
            try {
                List<String> named = new ArrayList<>(jarAndArgs);
                named.set(1, Path.of(jar()).toRealPath().toString());
                return new Child(java, flags, userOptions, ownOptions, List.copyOf(named));
            } catch (IOException | RuntimeException e) { // unreadable or not a path: the JVM will say so
                return this;
            }
        }
    }

    /**
     * The child JVM to start, or empty when this run should not start one.
     *
     * @param args         the application's arguments
     * @param java         this JVM's executable
     * @param ownArguments this process's arguments after the executable
     * @param environment  for the options the {@code java} launcher and the JVM read from it
     * @param jitChoice    {@code -Dinterop-atlas.jit}: {@code full} keeps C2
     * @param maxHeap      this JVM's maximum heap, which the child's equals (same machine, same user options)
     */
    static Optional<Child> childCommand(String[] args, Optional<String> java, Optional<List<String>> ownArguments,
                                       Map<String, String> environment, String jitChoice, long maxHeap) {
        if (args.length == 0 || !BATCH_COMMANDS.contains(args[0])) {
            return Optional.empty();
        }
        Optional<Child> started = startedAs(args, java, ownArguments, environment);
        if (started.isEmpty()) {
            return Optional.empty();
        }
        List<String> allUserOptions = started.get().userOptions();
        List<String> flags = new ArrayList<>();
        if (!"full".equals(jitChoice) && ShortRunCompilation.wanted(null, allUserOptions)) {
            flags.add("-XX:TieredStopAtLevel=1");
        }
        if (!choosesCollector(allUserOptions)) {
            flags.add("-XX:+UseSerialGC");
        }
        youngGeneration(allUserOptions, maxHeap).ifPresent(flags::add);
        return Optional.of(started.get().withFlags(flags));
    }

    /**
     * The child JVM of the desktop app: C1 only, or empty (the app runs here, on the JVM's defaults) when the user
     * chose a JIT set-up or {@code -Dinterop-atlas.jit=full}, since C1 is then all the child would change.
     */
    static Optional<Child> desktopCommand(String[] args, Optional<String> java, Optional<List<String>> ownArguments,
                                          Map<String, String> environment, String jitChoice) {
        if (!startsDesktop(args) || "full".equals(jitChoice)) {
            return Optional.empty();
        }
        Optional<Child> started = startedAs(args, java, ownArguments, environment);
        if (started.isEmpty() || !ShortRunCompilation.wanted(null, started.get().userOptions())) {
            return Optional.empty();
        }
        return Optional.of(started.get().withFlags(List.of("-XX:TieredStopAtLevel=1")));
    }

    /**
     * How this JVM was started, as a child without flags yet; empty when it cannot be repeated: not started as
     * {@code java [options] -jar JAR ARGS}, an argument file, the user's {@code -Dinterop-atlas.jvm=same}, or an
     * argument only this process can use.
     */
    private static Optional<Child> startedAs(String[] args, Optional<String> java,
                                             Optional<List<String>> ownArguments, Map<String, String> environment) {
        if (java.isEmpty() || ownArguments.isEmpty() || needsThisProcess(args)) {
            return Optional.empty();
        }
        List<String> own = ownArguments.get();
        int jar = own.indexOf("-jar");
        if (jar < 0 || jar + 1 >= own.size() || !own.subList(jar + 2, own.size()).equals(Arrays.asList(args))) {
            return Optional.empty();
        }
        List<String> userOptions = own.subList(0, jar);
        for (String option : userOptions) {
            if (option.startsWith("@") || option.equals("-D" + PROPERTY + "=" + SAME)) {
                return Optional.empty();
            }
        }
        List<String> allUserOptions = new ArrayList<>(userOptions);
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            allUserOptions.addAll(words(environment.getOrDefault(variable, "")));
        }
        return Optional.of(new Child(java.get(), List.of(), List.copyOf(allUserOptions), List.copyOf(userOptions),
                List.copyOf(own.subList(jar, own.size()))));
    }

    /** The words of an options variable, split at white space as the launcher splits it. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** Whether an option is {@code -XX:+Use…GC} or {@code -XX:-Use…GC}. */
    private static boolean choosesCollector(List<String> options) {
        for (String option : options) {
            if ((option.startsWith("-XX:+Use") || option.startsWith("-XX:-Use")) && option.endsWith("GC")
                    && option.length() > "-XX:+UseGC".length() && option.indexOf('=') < 0) {
                return true;
            }
        }
        return false;
    }

    /** The young generation the child gets: {@link #YOUNG_GENERATION_MB}, at most a quarter of the heap. */
    private static final long YOUNG_GENERATION_MB = 256;

    /**
     * {@code -Xmn}: a cached 7.3 index allocates about 170 MB, and with the default young generation (about 100 MB
     * of eden for a 384 MB initial heap) one collection copied its 29 MB of live data, 80 ms of a 0.9 s run; with
     * 256 MB there is none. At most a quarter of the maximum heap, so the JVM never has to shrink it (and warn on
     * stdout); none when the user sizes the young generation.
     */
    static Optional<String> youngGeneration(List<String> userOptions, long maxHeap) {
        for (String option : userOptions) {
            if (option.startsWith("-Xmn") || option.contains("NewSize") || option.contains("NewRatio")) {
                return Optional.empty();
            }
        }
        long megabytes = Math.min(YOUNG_GENERATION_MB, maxHeap / 4 / (1024 * 1024));
        return megabytes < 16 ? Optional.empty() : Optional.of("-Xmn" + megabytes + "m");
    }

    /** Whether an argument only this process can use: its own descriptor, or a name the locale could not decode. */
    private static boolean needsThisProcess(String[] args) {
        for (String arg : args) {
            if (namesOwnDescriptor(arg) || arg.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code arg} is a file descriptor of this process above stderr ({@code --json >(cmd)} gives
     * {@code /dev/fd/63}): a child started by {@link ProcessBuilder} inherits only 0-2, so it must run here.
     */
    private static boolean namesOwnDescriptor(String arg) {
        if (!arg.startsWith("/dev/fd/") && !arg.startsWith("/proc/")) {
            return false; // the common case decided without a regex: the parent's path stays short (ADR 0008)
        }
        return arg.matches("/(dev|proc/(self|\\d+))/fd/\\d+") && !arg.matches(".*/fd/[012]");
    }

    /** The subcommands that run and exit, as {@link AtlasCommand} declares them. */
    static Set<String> batchCommandsDeclared() {
        return Arrays.stream(AtlasCommand.class.getAnnotation(Command.class).subcommands())
                .filter(type -> type != OpenCommand.class)
                .map(type -> type.getAnnotation(Command.class).name())
                .collect(Collectors.toUnmodifiableSet());
    }
}
