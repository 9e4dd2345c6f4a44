package dev.interopatlas.app.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments of an {@code index} command line, read without picocli when they take one of the plain forms:
 * {@code index TREE} with any of {@code --arch A}, {@code -o F}, {@code -oF}, {@code --out F}, {@code --cache D}
 * (each also as {@code --name=value}) and {@code --no-cache}, in any order, each at most once. Building picocli's
 * command line costs a first index of 7.3 about 0.1 s of its 1.4 s, on the critical path (docs/decisions/0008).
 * Anything else is left to picocli (empty): another option, help, {@code --}, {@code @file}, a value that starts
 * with {@code -} or is empty, an option given twice, two trees or none, a path this locale cannot represent.
 * {@code IndexArgumentsTest} holds every command line read here to picocli's reading of it.
 */
record IndexArguments(Path tree, String arch, Optional<Path> out, Optional<Path> cache, boolean noCache) {
    static final String COMMAND = "index";

    static Optional<IndexArguments> parse(String[] args) {
        if (args.length < 2 || !args[0].equals(COMMAND)) {
            return Optional.empty();
        }
        String tree = null;
        String arch = null;
        String out = null;
        String cache = null;
        boolean noCache = false;
        for (int i = 1; i < args.length; i++) { // a loop, no regular expression: this is a short run's first step
            String arg = args[i];
            if (arg.equals("--no-cache")) {
                if (noCache) {
                    return Optional.empty();
                }
                noCache = true;
                continue;
            }
            String name;
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (arg.equals("--arch") || arg.equals("--out") || arg.equals("-o") || arg.equals("--cache")) {
                if (++i >= args.length) {
                    return Optional.empty();
                }
                name = arg;
                value = args[i];
            } else if (arg.startsWith("-o") && arg.length() > 2 && arg.charAt(2) != '=') {
                name = "-o";
                value = arg.substring(2);
            } else if (arg.startsWith("-") || arg.startsWith("@") || arg.isEmpty() || tree != null) {
                return Optional.empty();
            } else {
                tree = arg;
                continue;
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return Optional.empty();
            }
            switch (name) {
                case "--arch" -> {
                    if (arch != null) {
                        return Optional.empty();
                    }
                    arch = value;
                }
                case "--out", "-o" -> {
                    if (out != null) {
                        return Optional.empty();
                    }
                    out = value;
                }
                case "--cache" -> {
                    if (cache != null) {
                        return Optional.empty();
                    }
                    cache = value;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (tree == null) {
            return Optional.empty();
        }
        Optional<Path> treePath = PathArgument.usable(tree);
        Optional<Path> outPath = out == null ? Optional.empty() : PathArgument.usable(out);
        Optional<Path> cachePath = cache == null ? Optional.empty() : PathArgument.usable(cache);
        if (treePath.isEmpty() || (out != null && outPath.isEmpty()) || (cache != null && cachePath.isEmpty())) {
            return Optional.empty(); // picocli's converter reports it
        }
        return Optional.of(new IndexArguments(treePath.get(), arch == null ? IndexCommand.DEFAULT_ARCH : arch,
                outPath, cachePath, noCache));
    }

    /** The command these arguments make, as picocli would have filled it in. */
    IndexCommand command() {
        IndexCommand command = new IndexCommand();
        command.tree = tree;
        command.arch = arch;
        command.out = out;
        command.cache = cache;
        command.noCache = noCache;
        return command;
    }
}
