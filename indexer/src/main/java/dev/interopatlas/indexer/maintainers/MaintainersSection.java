package dev.interopatlas.indexer.maintainers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A MAINTAINERS section: its name line and the field lines that follow it, in file order. Order matters for
 * matching (the last matching F:/N: line sets the section's rank), so the fields are kept as one ordered list and
 * the per-letter views are derived from it.
 *
 * @param name   the name line exactly as written (empty only for fields that precede any name line)
 * @param line   1-based line of the name (of the first field when there is no name)
 * @param fields every field line in file order
 */
public record MaintainersSection(String name, int line, List<MaintainersField> fields) {
    /** RUST as a whole word or bracket tag ("RUST", "[RUST]", "RUST ANALYZER"), never inside "TRUSTED". */
    private static final Pattern RUST_WORD =
            Pattern.compile("(?<![\\p{Alnum}_])RUST(?![\\p{Alnum}_])", Pattern.CASE_INSENSITIVE);

    public MaintainersSection {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
    }

    /** The last S: value, as get_maintainer.pl's role lookup uses it. */
    public Optional<String> status() {
        Optional<String> status = Optional.empty();
        for (MaintainersField field : fields) {
            if (field.letter() == 'S') {
                status = Optional.of(field.value().strip());
            }
        }
        return status;
    }

    public List<String> maintainers() {
        return values('M');
    }

    public List<String> reviewers() {
        return values('R');
    }

    public List<String> lists() {
        return values('L');
    }

    /** F: patterns as written (glob syntax, before get_maintainer.pl's regex conversion). */
    public List<String> files() {
        return values('F');
    }

    /** X: patterns as written. */
    public List<String> excludes() {
        return values('X');
    }

    /** N: regular expressions (Perl, extended syntax). */
    public List<String> regexes() {
        return values('N');
    }

    /** K: content regular expressions. */
    public List<String> keywords() {
        return values('K');
    }

    /** Fields other than S M R L F X N K (W, Q, B, C, P, T, and any unknown letter), raw and in order. */
    public List<MaintainersField> otherFields() {
        return fields.stream().filter(f -> "SMRLFXNK".indexOf(f.letter()) < 0).toList();
    }

    /** Values of one field letter, in file order. */
    public List<String> values(char letter) {
        return fields.stream().filter(f -> f.letter() == letter).map(MaintainersField::value).toList();
    }

    /** Whether the section name carries RUST as a word or tag; "KEYS-TRUSTED" does not. */
    public boolean isRustSection() {
        return RUST_WORD.matcher(name).find();
    }

    /**
     * F: patterns that name Rust code by their text: a pattern whose last component ends in {@code .rs} (with
     * or without wildcards) or that has a path component exactly {@code rust} ({@code rust/},
     * {@code samples/rust/}, {@code rust/kernel/net*}). {@code scripts/*rust*} is not one. Whether a pattern
     * such as {@code drivers/net/phy/} happens to contain .rs files depends on the tree: see
     * {@link MaintainersIndex#rustFileCoverage()}.
     */
    public List<String> rustPatterns() {
        return files().stream().filter(MaintainersSection::namesRustCode).toList();
    }

    static boolean namesRustCode(String pattern) {
        String trimmed = pattern.strip();
        if (trimmed.endsWith(".rs") || trimmed.endsWith(".rs*")) {
            return true;
        }
        for (String component : trimmed.split("/")) {
            if (component.equals("rust")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name + " (line " + line + ")";
    }
}
