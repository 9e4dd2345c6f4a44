package dev.interopatlas.indexer.maintainers;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.facts.LineWarning;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The MAINTAINERS file at the root of a tree, parsed, with a matcher bound to that tree's directories. */
public final class MaintainersIndex {
    public static final String FILE_NAME = "MAINTAINERS";

    private final MaintainersFile file;
    private final MaintainersMatcher matcher;
    private final List<String> rustFiles;

    /**
     * A section and the tree's .rs files it covers.
     *
     * @param section   a section that matches at least one .rs file
     * @param rustFiles those files, sorted
     */
    public record RustCoverage(MaintainersSection section, List<String> rustFiles) {
        public RustCoverage {
            rustFiles = List.copyOf(rustFiles);
        }
    }

    private MaintainersIndex(MaintainersFile file, MaintainersMatcher matcher, List<String> rustFiles) {
        this.file = file;
        this.matcher = matcher;
        this.rustFiles = rustFiles;
    }

    /** Reads and parses {@code MAINTAINERS} at the root of {@code tree}. */
    public static MaintainersIndex load(SourceTree tree) throws IndexException {
        SourceFile maintainers = tree.file(FILE_NAME).orElseThrow(() -> new IndexException(
                "no " + FILE_NAME + " file at the root of " + tree.displayName()
                        + "; maintainer sections need the kernel's top-level MAINTAINERS"));
        byte[] bytes;
        try {
            bytes = tree.read(maintainers);
        } catch (IOException e) {
            throw new IndexException("cannot read " + FILE_NAME + " of " + tree.displayName() + ": "
                    + e.getMessage(), e);
        }
        MaintainersFile parsed = MaintainersParser.parse(bytes);
        List<String> rust = tree.files().stream().map(SourceFile::path).filter(p -> p.endsWith(".rs")).toList();
        return new MaintainersIndex(parsed, new MaintainersMatcher(parsed.sections(), tree::isDirectory), rust);
    }

    public MaintainersFile file() {
        return file;
    }

    public List<MaintainersSection> sections() {
        return file.sections();
    }

    public MaintainersMatcher matcher() {
        return matcher;
    }

    /** Sections covering a path, most specific first: see {@link MaintainersMatcher#match(String)}. */
    public List<SectionMatch> match(String path) {
        return matcher.match(path);
    }

    /** Parse warnings followed by pattern warnings, each naming its MAINTAINERS line. */
    public List<String> warnings() {
        List<String> all = new ArrayList<>();
        for (LineWarning w : file.warnings()) {
            all.add(FILE_NAME + ":" + w.line() + ": " + w.message());
        }
        for (LineWarning w : matcher.warnings()) {
            all.add(FILE_NAME + ":" + w.line() + ": " + w.message());
        }
        return all;
    }

    /**
     * Every section that get_maintainer.pl would name for at least one .rs file of the tree, in MAINTAINERS
     * order: the tree-grounded answer to "which sections own Rust code", independent of section names.
     */
    public List<RustCoverage> rustFileCoverage() {
        Map<MaintainersSection, List<String>> covered = new LinkedHashMap<>();
        for (MaintainersSection section : file.sections()) {
            covered.put(section, new ArrayList<>());
        }
        for (String rs : rustFiles) {
            for (SectionMatch match : matcher.match(rs)) {
                covered.get(match.section()).add(rs);
            }
        }
        List<RustCoverage> result = new ArrayList<>();
        covered.forEach((section, files) -> {
            if (!files.isEmpty()) {
                result.add(new RustCoverage(section, files));
            }
        });
        return result;
    }
}
