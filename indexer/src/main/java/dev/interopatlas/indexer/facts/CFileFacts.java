package dev.interopatlas.indexer.facts;

import java.util.List;

/** What the C analyzer finds in one header or helper .c file; depends on the bytes only (blob-cacheable). */
public record CFileFacts(List<IncludeDirective> includes, List<CDeclaration> declarations,
                         List<HelperWrapper> helpers, List<LineWarning> warnings) {
    public CFileFacts {
        includes = List.copyOf(includes);
        declarations = List.copyOf(declarations);
        helpers = List.copyOf(helpers);
        warnings = List.copyOf(warnings);
    }
}
