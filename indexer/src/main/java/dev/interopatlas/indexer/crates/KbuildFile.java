package dev.interopatlas.indexer.crates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Makefile, Kbuild or tools/ {@code Build} file reduced to its variable assignments and rule heads, read the way
 * make reads them: backslash-newline joins lines (a comment continues too), {@code #} starts a comment, recipe
 * lines and {@code define} bodies are skipped. Every branch of a conditional is kept: the indexer never knows the
 * configuration, so whatever some configuration could build is listed.
 *
 * @param assignments in file order
 * @param rules       explicit rules, in file order; target-specific assignments ({@code t: private x = 1}) are not rules
 */
public record KbuildFile(List<Assignment> assignments, List<Rule> rules) {
    /**
     * {@code variable op value} with op one of {@code = := ::= += ?= !=}.
     *
     * @param line the first physical line of the assignment, counting from 1
     */
    public record Assignment(String variable, String operator, String value, int line) {
        /** The value split on whitespace. */
        public List<String> words() {
            return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
        }
    }

    /** {@code targets: prerequisites}, with the recipe dropped. */
    public record Rule(List<String> targets, List<String> prerequisites, int line) {
    }

    private static final List<String> CONDITIONALS = List.of("ifdef", "ifndef", "ifeq", "ifneq", "else", "endif");
    private static final List<String> MODIFIERS = List.of("export ", "override ", "private ");

    public KbuildFile {
        assignments = List.copyOf(assignments);
        rules = List.copyOf(rules);
    }

    public static KbuildFile parse(String text) {
        List<Assignment> assignments = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        String[] physical = text.split("\r?\n", -1);
        boolean afterRule = false;
        int defineDepth = 0;
        for (int i = 0; i < physical.length; i++) {
            int firstLine = i + 1;
            StringBuilder logical = new StringBuilder(physical[i]);
            while (endsWithContinuation(logical) && i + 1 < physical.length) {
                logical.setLength(logical.length() - 1);
                logical.append(' ').append(physical[++i].stripLeading());
            }
            String raw = logical.toString();
            if (raw.startsWith("\t") && afterRule) {
                continue; // a recipe line of the rule above
            }
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String firstWord = firstWord(line);
            if (defineDepth > 0) {
                if (firstWord.equals("endef")) {
                    defineDepth--;
                } else if (firstWord.equals("define")) {
                    defineDepth++;
                }
                continue;
            }
            if (firstWord.equals("define")) {
                defineDepth++;
                continue;
            }
            if (CONDITIONALS.contains(firstWord) || firstWord.equals("include") || firstWord.equals("-include")
                    || firstWord.equals("sinclude")) {
                afterRule = false;
                continue;
            }
            for (String modifier : MODIFIERS) {
                if (line.startsWith(modifier)) {
                    line = line.substring(modifier.length()).strip();
                }
            }
            afterRule = parseStatement(line, firstLine, assignments, rules);
        }
        return new KbuildFile(assignments, rules);
    }

    /** The last value given to {@code variable} with {@code =}, {@code :=} or {@code ::=}, plus later {@code +=}. */
    public Optional<String> valueOf(String variable) {
        String value = null;
        for (Assignment a : assignments) {
            if (!a.variable().equals(variable)) {
                continue;
            }
            if (a.operator().equals("+=")) {
                value = value == null ? a.value() : value + " " + a.value();
            } else if (!a.operator().equals("?=") || value == null) {
                value = a.value();
            }
        }
        return Optional.ofNullable(value);
    }

    /** @return whether the statement was a rule, whose recipe lines may follow */
    private static boolean parseStatement(String line, int lineNumber, List<Assignment> assignments,
                                          List<Rule> rules) {
        int depth = 0;
        for (int j = 0; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '(' || c == '{') {
                depth++;
            } else if ((c == ')' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                Optional<String> operator = assignmentOperator(line, j);
                if (operator.isPresent()) {
                    assignments.add(new Assignment(line.substring(0, j).strip(), operator.get(),
                            line.substring(j + operator.get().length()).strip(), lineNumber));
                    return false;
                }
                if (c == ':') {
                    rule(line, j, lineNumber).ifPresent(rules::add);
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] OPERATORS = {":::=", "::=", ":=", "+=", "?=", "!=", "="};

    private static Optional<String> assignmentOperator(String line, int at) {
        char c = line.charAt(at);
        if (c != ':' && c != '+' && c != '?' && c != '!' && c != '=') {
            return Optional.empty();
        }
        for (String op : OPERATORS) {
            if (line.startsWith(op, at)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    private static Optional<Rule> rule(String line, int colon, int lineNumber) {
        int prerequisitesStart = line.startsWith("::", colon) ? colon + 2 : colon + 1;
        String prerequisites = line.substring(prerequisitesStart);
        int semicolon = prerequisites.indexOf(';');
        if (semicolon >= 0) {
            prerequisites = prerequisites.substring(0, semicolon); // an inline recipe follows
        }
        if (prerequisites.contains("=")) {
            return Optional.empty(); // a target-specific variable: "$(obj)/core.o: private skip_clippy = 1"
        }
        return Optional.of(new Rule(words(line.substring(0, colon)), words(prerequisites), lineNumber));
    }

    private static String firstWord(String line) {
        int end = 0;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return line.substring(0, end);
    }

    private static List<String> words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int k = line.length() - 1; k >= 0 && line.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Cuts at the first {@code #} that is not escaped as {@code \#}. */
    private static String stripComment(String line) {
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) == '#' && (k == 0 || line.charAt(k - 1) != '\\')) {
                return line.substring(0, k);
            }
        }
        return line;
    }
}
