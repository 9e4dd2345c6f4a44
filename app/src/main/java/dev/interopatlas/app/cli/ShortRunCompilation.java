package dev.interopatlas.app.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.management.ObjectName;

/**
 * Keeps a command-line run on HotSpot's quick C1 compiler, as {@code -XX:TieredStopAtLevel=1} does for short-lived
 * JVM tools (Leiningen, Gradle's client) but without a launcher script, since {@code java -jar} takes no JVM flags.
 *
 * <p>Why: a CLI command runs for a second or two. On a 2-core machine the C2 compiler thread then took as much CPU
 * as the indexing itself (perf: 35 % of all samples) and was done optimising only when the run was over. With C1
 * only, {@code index} of 6.12 went from 2.2 s to 1.5 s and a cold two-tag {@code history} from 2.9 s to 2.2 s
 * (docs/decisions/0005). The desktop app, which runs for hours, keeps C2.
 *
 * <p>How: a compiler directive excluding C2, added through the DiagnosticCommand MBean ({@code jcmd
 * Compiler.directives_add}) on a daemon thread, so the JMX start-up overlaps the work. Methods refused by C2 are
 * compiled by C1 instead. Opt out with {@code -Dinterop-atlas.jit=full}; any failure just leaves the JVM as it
 * was, since this changes speed, never results.
 */
final class ShortRunCompilation {
    static final String OPT_OUT_PROPERTY = "interop-atlas.jit";
    private static final String EXCLUDE_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompilation() {
    }

    /** Starts installing the directive in the background, unless the user opted out or tuned the JIT already. */
    static void preferQuickCompilation() {
        if ("full".equals(System.getProperty(OPT_OUT_PROPERTY))) {
            return;
        }
        Thread thread = new Thread(() -> { // reading the JVM's arguments loads JMX too: off the main thread
            if (wanted(System.getProperty(OPT_OUT_PROPERTY), jvmArguments())) {
                install();
            }
        }, "interop-atlas-jit");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether to install: not when opted out, nor when the command line already chose a JIT set-up. */
    static boolean wanted(String optOut, List<String> jvmArguments) {
        if ("full".equals(optOut)) {
            return false;
        }
        for (String a : jvmArguments) { // a loop, not a stream: ChildJvm's parent calls this (see ChildJvm)
            if (a.startsWith("-XX:TieredStopAtLevel") || a.contains("CompilerDirectivesFile") || a.equals("-Xint")
                    || a.contains("TieredCompilation")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> jvmArguments() {
        try {
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    /** Adds the directive; empty when it took, else why not (only shown with -Dinterop-atlas.jit=verbose). */
    static Optional<String> install() {
        Path directives = null;
        try {
            directives = Files.createTempFile("interop-atlas-jit", ".json");
            Files.writeString(directives, EXCLUDE_C2);
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
            String text = String.valueOf(answer).trim();
            Optional<String> problem = text.startsWith("1 compiler directives added")
                    ? Optional.empty() : Optional.of(text);
            report(problem);
            return problem;
        } catch (Exception | LinkageError e) { // no such MBean (another JVM), no temp dir, ...
            Optional<String> problem = Optional.of(e.toString());
            report(problem);
            return problem;
        } finally {
            if (directives != null) {
                try {
                    Files.deleteIfExists(directives);
                } catch (Exception e) {
                    // a leftover 40-byte temp file is harmless
                }
            }
        }
    }

    private static void report(Optional<String> problem) {
        if ("verbose".equals(System.getProperty(OPT_OUT_PROPERTY))) {
            System.err.println("interop-atlas: C1-only compilation " + problem.map(p -> "not set: " + p)
                    .orElse("set"));
        }
    }
}
