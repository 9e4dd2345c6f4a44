package dev.interopatlas.indexer.crates;

import dev.interopatlas.indexer.source.TreePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Rust crate roots one build file names, in three ways Kbuild builds Rust:
 * <ul>
 *   <li>an object in a list: {@code obj-$(CONFIG_X) += foo.o}, {@code lib-y}, or a part of a composite object
 *   ({@code rust_binder-y := rust_binder_main.o}, {@code kasan_test-objs += kasan_test_rust.o}), and in tools/
 *   {@code Build} files {@code perf-test-y += x.a}: {@code foo.rs} beside the file is a root (Kbuild's
 *   {@code $(obj)/%.o: $(obj)/%.rs} rule);</li>
 *   <li>a Rust host program: {@code hostprogs += foo} with {@code foo-rust := y} compiles {@code foo.rs};</li>
 *   <li>an explicit rule of rust/Makefile, {@code $(obj)/kernel.o: $(src)/kernel/lib.rs …}, whose target gives
 *   the crate name as {@code --crate-name} does: {@code kernel.o}, {@code host/libsyn.rlib},
 *   {@code libmacros.so} or {@code $(libmacros_name)} with {@code libmacros_name := $(call procmacro-name,macros)}.</li>
 * </ul>
 * Only roots that exist in the tree are listed.
 */
public final class KbuildCrateRoots {
    /** Variables whose words are objects: obj-*, lib-*, and composite parts NAME-y, -m, -objs, -$(CONFIG_X). */
    private static final Pattern OBJECT_LIST = Pattern.compile("(obj|lib)-.*|[a-z0-9_.\\-/]+-(y|m|objs|\\$\\(.+\\))");
    private static final Pattern HOST_RUST = Pattern.compile("([A-Za-z0-9_\\-]+)-rust");
    private static final Pattern VARIABLE_TARGET = Pattern.compile("\\$\\((\\w+)\\)");
    private static final Pattern PROCMACRO_NAME = Pattern.compile("\\$\\(call\\s+procmacro-name\\s*,\\s*(\\w+)\\s*\\)");
    private static final Pattern LIB_NAME_VARIABLE = Pattern.compile("lib(\\w+)_name");
    private static final Pattern LIBRARY_FILE = Pattern.compile("lib(\\w+)\\.\\w+");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String OBJ = "$(obj)/";
    private static final String SRC = "$(src)/";

    /**
     * A crate root named by a build file.
     *
     * @param name     the crate name the rule gives ({@code --crate-name}); empty for objects, which rustc names
     *                 after {@code #![crate_name]} or the file
     * @param declared the build file and line that name it, "rust/Makefile:612"
     */
    public record DeclaredRoot(String root, Optional<String> name, String declared) {
    }

    private KbuildCrateRoots() {
    }

    /**
     * @param buildFile path of the Makefile, Kbuild or Build file, relative to the tree root
     * @param exists    whether a path is a file of the tree
     */
    public static List<DeclaredRoot> of(String buildFile, KbuildFile file, Predicate<String> exists) {
        String dir = TreePaths.parentDir(buildFile);
        List<DeclaredRoot> roots = new ArrayList<>();
        for (KbuildFile.Assignment a : file.assignments()) {
            String where = buildFile + ":" + a.line();
            if (OBJECT_LIST.matcher(a.variable()).matches()) {
                for (String word : a.words()) {
                    objectSource(dir, word).filter(exists)
                            .ifPresent(root -> roots.add(new DeclaredRoot(root, Optional.empty(), where)));
                }
            }
            Matcher host = HOST_RUST.matcher(a.variable());
            if (host.matches() && a.value().equals("y")) {
                resolve(dir, host.group(1) + ".rs").filter(exists)
                        .ifPresent(root -> roots.add(new DeclaredRoot(root, Optional.empty(), where)));
            }
        }
        for (KbuildFile.Rule rule : file.rules()) {
            if (rule.prerequisites().isEmpty()) {
                continue;
            }
            String first = rule.prerequisites().get(0);
            if (!first.startsWith(SRC) || !first.endsWith(".rs")) {
                continue;
            }
            Optional<String> root = resolve(dir, first.substring(SRC.length())).filter(exists);
            if (root.isEmpty()) {
                continue;
            }
            for (String target : rule.targets()) {
                if (target.startsWith(OBJ) && !target.contains("%")) {
                    crateNameOfTarget(target.substring(OBJ.length()), file).ifPresent(name -> roots.add(
                            new DeclaredRoot(root.get(), Optional.of(name), buildFile + ":" + rule.line())));
                }
            }
        }
        return roots;
    }

    /** {@code foo.o} (or {@code foo.a} of tools/build) → {@code DIR/foo.rs}. */
    private static Optional<String> objectSource(String dir, String word) {
        if (word.contains("$") || !(word.endsWith(".o") || word.endsWith(".a"))) {
            return Optional.empty();
        }
        return resolve(dir, word.substring(0, word.length() - 2) + ".rs");
    }

    /** The name rust/Makefile passes as {@code --crate-name} for a target, as its rustc commands derive it. */
    static Optional<String> crateNameOfTarget(String target, KbuildFile file) {
        String name = target.substring(target.lastIndexOf('/') + 1);
        Matcher variable = VARIABLE_TARGET.matcher(name);
        if (variable.matches()) {
            Optional<String> viaCall = file.valueOf(variable.group(1)).map(PROCMACRO_NAME::matcher)
                    .filter(Matcher::find).map(m -> m.group(1));
            if (viaCall.isPresent()) {
                return viaCall;
            }
            Matcher libName = LIB_NAME_VARIABLE.matcher(variable.group(1));
            return libName.matches() ? Optional.of(libName.group(1)) : Optional.empty();
        }
        if (name.endsWith(".o")) {
            return Optional.of(name.substring(0, name.length() - 2)).filter(n -> IDENTIFIER.matcher(n).matches());
        }
        Matcher library = LIBRARY_FILE.matcher(name);
        return library.matches() ? Optional.of(library.group(1)) : Optional.empty();
    }

    private static Optional<String> resolve(String dir, String relative) {
        return TreePaths.normalize(dir.isEmpty() ? relative : dir + "/" + relative);
    }
}
