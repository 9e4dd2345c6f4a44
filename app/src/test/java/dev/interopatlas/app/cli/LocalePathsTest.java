package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path with non-ASCII characters in a process whose locale is C/POSIX (LANG unset): Java decodes file names
 * with the locale's encoding, fixed at start-up, and cannot even build such a path. Run in a JVM of its own, as
 * a user would, since the test JVM's locale is set already.
 */
class LocalePathsTest {
    @TempDir
    Path temp;

    @Test
    void unicodePathUnderTheCLocaleGetsAClearMessage() throws Exception {
        Path tree = Files.createDirectories(temp.resolve("\u00fcn\u00ef"));
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.interopatlas.app.Launcher",
                "metrics", tree.toString()));
        builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        builder.environment().put("LC_ALL", "C");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(AtlasCommand.EXIT_ERROR, process.exitValue(), output);
        assertFalse(output.contains("Exception"), output);
        assertTrue(output.contains("cannot be used in this locale (ANSI_X3.4-1968): run with a UTF-8 locale, "
                + "e.g. LC_ALL=C.UTF-8"), output);
    }
}
