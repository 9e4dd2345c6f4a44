package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel build's C include setup for one arch, read from the tree: the {@code -I} order of LINUXINCLUDE and
 * USERINCLUDE in the top Makefile, the forced {@code -include} headers (top Makefile and scripts/Makefile.lib), and
 * the asm headers Kbuild generates as wrappers of asm-generic (generic-y, mandatory-y) or from scratch
 * (generated-y). Falls back to the layout of v6.x when the Makefile cannot be read.
 */
final class KbuildSearchPath {
    /** One {@code -I} directory; {@code generated} ones exist only in a build's object tree. */
    record Dir(String path, boolean generated) {
    }

    private static final Pattern INCLUDE_DIR = Pattern.compile("-I\\$\\((srctree|objtree)\\)/(\\S+)");
    private static final Pattern FORCED = Pattern.compile("-include \\$\\(srctree\\)/(\\S+)");
    private static final Pattern KBUILD_ENTRY = Pattern.compile("^\\s*(generic|mandatory|generated|syscall)-y\\s*\\+?=\\s*(.+)$",
            Pattern.MULTILINE);

    private final String arch;
    private final List<Dir> dirs;
    private final List<String> forcedIncludes;
    private final Set<String> asmGeneric;
    private final Set<String> asmGenerated;
    private final Set<String> uapiAsmGeneric;
    private final Set<String> uapiAsmGenerated;

    private KbuildSearchPath(String arch, List<Dir> dirs, List<String> forcedIncludes, Set<String> asmGeneric,
                             Set<String> asmGenerated, Set<String> uapiAsmGeneric, Set<String> uapiAsmGenerated) {
        this.arch = arch;
        this.dirs = List.copyOf(dirs);
        this.forcedIncludes = List.copyOf(forcedIncludes);
        this.asmGeneric = asmGeneric;
        this.asmGenerated = asmGenerated;
        this.uapiAsmGeneric = uapiAsmGeneric;
        this.uapiAsmGenerated = uapiAsmGenerated;
    }

    static KbuildSearchPath read(SourceTree tree, String arch) throws IOException {
        String makefile = text(tree, "Makefile");
        List<Dir> dirs = includeDirs(makefile, arch);
        Set<String> forced = new LinkedHashSet<>();
        forced.addAll(forcedIn(makefile));
        forced.addAll(forcedIn(text(tree, "scripts/Makefile.lib")));
        if (forced.isEmpty()) {
            forced.addAll(List.of("include/linux/compiler-version.h", "include/linux/kconfig.h",
                    "include/linux/compiler_types.h"));
        }
        forced.removeIf(path -> tree.file(path).isEmpty() && !path.contains("generated"));

        String archAsm = "arch/" + arch + "/include/asm";
        String archUapiAsm = "arch/" + arch + "/include/uapi/asm";
        KbuildLists archLists = KbuildLists.parse(text(tree, archAsm + "/Kbuild"));
        KbuildLists genericLists = KbuildLists.parse(text(tree, "include/asm-generic/Kbuild"));
        KbuildLists archUapiLists = KbuildLists.parse(text(tree, archUapiAsm + "/Kbuild"));
        KbuildLists genericUapiLists = KbuildLists.parse(text(tree, "include/uapi/asm-generic/Kbuild"));
        return new KbuildSearchPath(arch, dirs, new ArrayList<>(forced),
                wrappers(tree, archAsm, archLists, genericLists), generatedOf(archLists, genericLists),
                wrappers(tree, archUapiAsm, archUapiLists, genericUapiLists), generatedOf(archUapiLists, genericUapiLists));
    }

    /** As scripts/Makefile.asm-headers: generic-y, plus mandatory-y the arch does not provide itself. */
    private static Set<String> wrappers(SourceTree tree, String archDir, KbuildLists arch, KbuildLists generic) {
        Set<String> out = new HashSet<>(arch.generic());
        for (String name : generic.mandatory()) {
            if (!arch.generated().contains(name) && tree.file(archDir + "/" + name).isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    private static Set<String> generatedOf(KbuildLists arch, KbuildLists generic) {
        Set<String> out = new HashSet<>(arch.generated());
        out.addAll(arch.syscall());
        out.addAll(generic.generated());
        return out;
    }

    private record KbuildLists(Set<String> generic, Set<String> mandatory, Set<String> generated, Set<String> syscall) {
        static KbuildLists parse(String text) {
            KbuildLists lists = new KbuildLists(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
            Matcher m = KBUILD_ENTRY.matcher(text);
            while (m.find()) {
                Set<String> target = switch (m.group(1)) {
                    case "generic" -> lists.generic();
                    case "mandatory" -> lists.mandatory();
                    case "generated" -> lists.generated();
                    default -> lists.syscall();
                };
                for (String word : m.group(2).replaceAll("#.*", "").trim().split("\\s+")) {
                    if (word.endsWith(".h")) {
                        target.add(word);
                    }
                }
            }
            return lists;
        }
    }

    private static List<Dir> includeDirs(String makefile, String arch) {
        String user = variableBlock(makefile, "USERINCLUDE");
        String linux = variableBlock(makefile, "LINUXINCLUDE");
        List<Dir> dirs = new ArrayList<>();
        if (!linux.isEmpty() && !user.isEmpty()) {
            String expanded = linux.replace("$(USERINCLUDE)", user);
            Matcher m = INCLUDE_DIR.matcher(expanded);
            Set<String> seen = new HashSet<>();
            while (m.find()) {
                String path = m.group(2).replace("$(SRCARCH)", arch).replaceAll("[)\\\\]+$", "");
                if (seen.add(path)) {
                    dirs.add(new Dir(path, path.contains("generated")));
                }
            }
        }
        if (dirs.isEmpty()) {
            for (String path : List.of("arch/" + arch + "/include", "arch/" + arch + "/include/generated", "include",
                    "arch/" + arch + "/include/uapi", "arch/" + arch + "/include/generated/uapi", "include/uapi",
                    "include/generated/uapi")) {
                dirs.add(new Dir(path, path.contains("generated")));
            }
        }
        return dirs;
    }

    /** The lines of a {@code NAME := \ …} definition, up to the first line without a trailing backslash. */
    private static String variableBlock(String makefile, String name) {
        Matcher m = Pattern.compile("^" + name + "\\s*:=(.*)$", Pattern.MULTILINE).matcher(makefile);
        if (!m.find()) {
            return "";
        }
        StringBuilder block = new StringBuilder(m.group(1));
        int at = m.end();
        String previous = m.group(1);
        while (previous.stripTrailing().endsWith("\\") && at < makefile.length()) {
            int eol = makefile.indexOf('\n', at + 1);
            String line = makefile.substring(at + 1, eol < 0 ? makefile.length() : eol);
            block.append('\n').append(line);
            previous = line;
            at = eol < 0 ? makefile.length() : eol;
        }
        // the -include lines of USERINCLUDE have no backslash on the last one: include them too
        return block.toString();
    }

    private static List<String> forcedIn(String makefile) {
        List<String> out = new ArrayList<>();
        Matcher m = FORCED.matcher(makefile);
        while (m.find()) {
            String path = m.group(1).replaceAll("[)\\\\]+$", "");
            if (path.endsWith(".h")) {
                out.add(path);
            }
        }
        return out;
    }

    private static String text(SourceTree tree, String path) throws IOException {
        Optional<SourceFile> file = tree.file(path);
        return file.isPresent() ? new String(tree.read(file.get()), StandardCharsets.UTF_8) : "";
    }

    String arch() {
        return arch;
    }

    List<Dir> dirs() {
        return dirs;
    }

    List<String> forcedIncludes() {
        return forcedIncludes;
    }

    /** {@code X.h} is wrapped to asm-generic in {@code dir} (arch/$ARCH/include/generated[/uapi]). */
    boolean isGenericWrapper(Dir dir, String name) {
        return (dir.path().endsWith("/generated/uapi") ? uapiAsmGeneric : asmGeneric).contains(name);
    }

    boolean isGenerated(Dir dir, String name) {
        return (dir.path().endsWith("/generated/uapi") ? uapiAsmGenerated : asmGenerated).contains(name);
    }

    boolean isArchGeneratedDir(Dir dir) {
        return dir.generated() && dir.path().startsWith("arch/");
    }
}
