package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Struct and union tags a file names at file scope ({@code struct soc_device *soc_device_register(…)}, a member
 * {@code struct module *mod;}, {@code typedef struct x x_t;}): C declares an incomplete type there, and bindgen emits
 * an opaque struct for it when no definition follows. Function bodies are not read (block scope), nor a function's
 * own parameter list, where a first mention has prototype scope and bindgen emits no type (checked with bindgen:
 * {@code void f(struct only_here *p);} becomes {@code p: *mut [u8; 0]}).
 */
final class TagMentions {
    private final List<CToken> t;
    private final List<Mention> mentions = new ArrayList<>();

    private record Mention(int tagToken, boolean union) {
    }

    TagMentions(List<CToken> tokens) {
        this.t = tokens;
    }

    /**
     * Collects mentions among tokens {@code [from, to)} of one statement.
     *
     * @param match          the matching bracket of each opening one
     * @param parameterLists opening parentheses whose contents are skipped
     */
    void collect(int[] match, int from, int to, Set<Integer> parameterLists) {
        for (int j = from; j < to; j++) {
            CToken tok = t.get(j);
            if (parameterLists.contains(j)) {
                j = match[j] < 0 ? to : Math.min(match[j], to);
                continue;
            }
            if (!tok.isIdent() || !(tok.is("struct") || tok.is("union"))) {
                continue;
            }
            int next = j + 1;
            while (next < to && t.get(next).isIdent() && t.get(next).text().startsWith("__")
                    && CSyntax.isTrailingAttribute(t.get(next).text())) {
                next++;
            }
            if (next < to && t.get(next).isIdent() && !CSyntax.KEYWORDS.contains(t.get(next).text())
                    && !(next + 1 < to && t.get(next + 1).is("{"))) {
                mentions.add(new Mention(next, tok.is("union")));
            }
        }
    }

    /** The first mention of each tag the file neither defines nor forward-declares, as opaque declarations. */
    List<CDeclaration> undeclared(List<CDeclaration> declarations) {
        Set<String> seen = new HashSet<>();
        for (CDeclaration d : declarations) {
            if (d.kind() == CDeclKind.STRUCT || d.kind() == CDeclKind.UNION || d.kind() == CDeclKind.ENUM) {
                seen.add(d.name()); // struct, union and enum tags share one name space
            }
        }
        List<CDeclaration> opaque = new ArrayList<>();
        for (Mention mention : mentions) {
            CToken name = t.get(mention.tagToken());
            if (seen.add(name.text())) {
                CDeclKind kind = mention.union() ? CDeclKind.OPAQUE_UNION : CDeclKind.OPAQUE_STRUCT;
                opaque.add(new CDeclaration(name.text(), kind, name.line(), Optional.empty(), true));
            }
        }
        return opaque;
    }
}
