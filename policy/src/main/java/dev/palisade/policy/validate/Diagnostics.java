package dev.palisade.policy.validate;

import dev.palisade.policy.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one policy file while it is read; not thread-safe. */
final class Diagnostics {

    private final String file;
    private final List<Diagnostic> list = new ArrayList<>();

    Diagnostics(String file) {
        this.file = file;
    }

    void error(JsonValue at, String path, String message) {
        add(Severity.ERROR, at.line(), at.column(), path, message, null);
    }

    void error(JsonValue at, String path, String message, String suggestion) {
        add(Severity.ERROR, at.line(), at.column(), path, message, suggestion);
    }

    void warning(JsonValue at, String path, String message) {
        add(Severity.WARNING, at.line(), at.column(), path, message, null);
    }

    void warning(JsonValue at, String path, String message, String suggestion) {
        add(Severity.WARNING, at.line(), at.column(), path, message, suggestion);
    }

    void add(Severity severity, int line, int column, String path, String message, String suggestion) {
        list.add(new Diagnostic(severity, file, line, column, path, message, suggestion));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything found, ordered by position in the file so output reads top to bottom. */
    List<Diagnostic> sorted() {
        List<Diagnostic> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(sorted);
    }
}
