package dev.palisade.policy.validate;

import dev.palisade.policy.Quote;
import java.util.Objects;

/**
 * One problem found in a policy file: where (file, line, column, JSON path), what, and how to fix
 * it when a close match exists. Immutable.
 */
public final class Diagnostic {

    private final Severity severity;
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String message;
    private final String suggestion;

    /**
     * @param file the file as the user named it
     * @param line 1-based, or 0 when the problem concerns the whole file
     * @param path JSON path such as {@code endpoints[3].authentication[0]}; empty for the document
     * @param suggestion e.g. {@code did you mean "authentication"?}, or {@code null}
     */
    public Diagnostic(Severity severity, String file, int line, int column, String path, String message,
            String suggestion) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
        this.suggestion = suggestion;
    }

    /** Error or warning. */
    public Severity severity() {
        return severity;
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** 1-based line, or 0 when not tied to a place in the file. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0. */
    public int column() {
        return column;
    }

    /** JSON path of the offending value; empty for the whole document. */
    public String path() {
        return path;
    }

    /** What is wrong. */
    public String message() {
        return message;
    }

    /** How to fix it, or {@code null}. */
    public String suggestion() {
        return suggestion;
    }

    /**
     * One line in the style of compilers, so editors and CI can link to the place:
     * {@code policy.json:12:7: error: endpoints[3].authentication[0]: unknown scheme "berer"; did you mean "bearer"?}.
     * Control characters are escaped so a crafted value cannot forge more lines.
     */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ").append(severity.label()).append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        text.append(message);
        if (suggestion != null) {
            text.append("; ").append(suggestion);
        }
        return Quote.controlCharacters(text.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Diagnostic && format().equals(((Diagnostic) other).format());
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
