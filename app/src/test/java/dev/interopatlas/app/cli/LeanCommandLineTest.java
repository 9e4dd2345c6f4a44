package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command line naming a subcommand is parsed by a root holding only that subcommand (AtlasCommand.commandLine):
 * what the user sees must be what the full root gives.
 */
class LeanCommandLineTest {
    private final CommandLine full = new CommandLine(new AtlasCommand());

    @Test
    void everySubcommandsHelpAndErrorsAreTheFullRootsOnes() {
        assertEquals(11, full.getSubcommands().size(), "AtlasCommand lists 11 subcommands");
        for (String name : full.getSubcommands().keySet()) {
            for (String[] args : new String[][] {{name, "--help"}, {name, "--no-such-option"}}) {
                CliRun expected = fullRoot(args);
                CliRun run = CliRun.run(args);
                assertEquals(expected, run, String.join(" ", args));
                assertFalse(run.out().isEmpty() && run.err().isEmpty(), String.join(" ", args));
            }
        }
        assertTrue(CliRun.run("index", "--no-such-option").err().contains("\nUsage: interop-atlas index ["));
    }

    /** What the full root prints: its default handlers are the ones the command line falls back to here. */
    private static CliRun fullRoot(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new AtlasCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    void anUnknownCommandStillGetsTheFullRootsSuggestion() {
        CliRun run = CliRun.run("indx", "linux");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Did you mean: interop-atlas index"), run.err());
        assertFalse(CliRun.run("--version").out().isEmpty());
    }
}
