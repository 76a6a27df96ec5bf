package dev.palisade.telemetry.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table: text columns left-aligned, numeric columns right-aligned, two spaces
 * between columns. Cells are made terminal-safe: values come from telemetry, which holds request
 * data, and JSON decoding turns {@code \u001b} back into a real escape character, so control,
 * line-separator and bidirectional-override characters are shown as {@code ?}.
 */
final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    /** Column headers; a header ending in {@code ">"} marks a right-aligned column (the mark is dropped). */
    TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            rightAligned[i] = headers[i].endsWith(">");
            this.headers.add(rightAligned[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
        }
    }

    void add(String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = terminalSafe(cells[i]);
        }
        rows.add(safe);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        printRow(out, headers.toArray(new String[0]), widths);
        for (String[] row : rows) {
            printRow(out, row, widths);
        }
    }

    private void printRow(PrintStream out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String padding = " ".repeat(widths[i] - cells[i].codePointCount(0, cells[i].length()));
            if (rightAligned[i]) {
                line.append(padding).append(cells[i]);
            } else {
                line.append(cells[i]).append(i == cells.length - 1 ? "" : padding);
            }
        }
        out.println(line);
    }

    static String terminalSafe(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (unsafe && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(unsafe ? '?' : c);
            }
        }
        return out == null ? value : out.toString();
    }
}
