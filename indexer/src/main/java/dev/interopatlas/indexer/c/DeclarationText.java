package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CDeclKind;

/**
 * One file-scope C declaration as normalised text (whitespace and comments dropped, a space kept only between two
 * words), split into the parts a change is told apart by. A part the kind has not is empty.
 *
 * @param signature a function's or variable's declaration up to its body, a typedef without its braces, a macro's
 *                  parameter list
 * @param body      a function definition's body (static inlines, rust_helper_ wrappers)
 * @param fields    what is between the braces of a struct, union or enum (or of a typedef of one)
 * @param value     an enum constant's value ({@code A = 4} gives "4", the constant after it "4+1"), a macro's
 *                  replacement text
 */
public record DeclarationText(String name, CDeclKind kind, int line, String signature, String body, String fields,
                              String value) {
}
