package dev.interopatlas.app.cli;

import dev.interopatlas.app.GuiMain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code open [PATH]}: the desktop explorer on a kernel tree, a kernel git repository or an index JSON. */
@Command(name = "open", description = "Open the desktop explorer on PATH (default: the bundled mini-kernel sample).")
final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..1",
            description = "Kernel checkout, kernel git repository or index JSON.")
    Optional<Path> path;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        path.ifPresent(p -> {
            args.add("open");
            args.add(p.toString());
        });
        return GuiMain.launch(args.toArray(String[]::new));
    }
}
