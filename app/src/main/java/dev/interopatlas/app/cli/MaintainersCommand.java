package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.indexer.maintainers.SectionMatch;
import dev.interopatlas.indexer.io.OutputFiles;
import dev.interopatlas.indexer.source.WorkingTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maintainers TREE --paths FILE [--json OUT]}: matched sections per path, most specific first. */
@Command(name = "maintainers", description = "For each path in FILE, the MAINTAINERS sections that cover it, "
        + "in get_maintainer.pl's order.")
final class MaintainersCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TREE", description = "Top directory of a kernel checkout.")
    Path tree;

    @Option(names = "--paths", paramLabel = "FILE", required = true,
            description = "Tree-relative paths, one per line (blank lines and # comments ignored).")
    Path paths;

    @Option(names = "--json", paramLabel = "FILE", description = "Write JSON here (default: stdout).")
    Optional<Path> json;

    record Section(String name, String status, String matchedBy, int depth) {
    }

    record PathSections(String path, List<Section> sections) {
    }

    record Report(String schema, String tree, List<PathSections> paths) {
    }

    @Override
    public Integer call() throws Exception {
        List<String> wanted = readPaths(paths);
        try (WorkingTree source = TreeArguments.openWorkingTree(tree)) {
            MaintainersIndex maintainers = MaintainersIndex.load(source);
            List<PathSections> result = wanted.stream().map(p -> new PathSections(p, maintainers.match(p).stream()
                    .map(MaintainersCommand::section).toList())).toList();
            JsonOutput.write(new Report("interop-atlas/maintainers/1", source.displayName(), result), json,
                    System.out);
        }
        return 0;
    }

    private static Section section(SectionMatch match) {
        return new Section(match.name(), match.section().status().orElse(""), match.matchedBy().toString(),
                match.depth());
    }

    private static List<String> readPaths(Path file) throws CliException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new CliException("cannot read the path list " + file + ": " + OutputFiles.reason(e));
        }
    }
}
