package dev.palisade.detection.sql.corpus;

import java.util.ArrayList;
import java.util.List;

/** Prints a fixed-width table of corpus counts and rates. */
final class RateTable {
    private final String title;
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    RateTable(String title, String... headers) {
        this.title = title;
        this.headers = headers;
    }

    void add(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = String.valueOf(cells[i]);
        }
        rows.add(row);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format("%.2f%%", 100.0 * part / whole);
    }

    /** Markdown table, so the output can be pasted into the docs as it is. */
    String render() {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = headers[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder("\n").append(title).append("\n\n");
        line(out, headers, widths);
        StringBuilder rule = new StringBuilder("|");
        for (int width : widths) {
            rule.append('-').append("-".repeat(width)).append("-|");
        }
        out.append(rule).append('\n');
        for (String[] row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.length; i++) {
            boolean numeric = !cells[i].isEmpty() && (Character.isDigit(cells[i].charAt(0)) || cells[i].equals("n/a"));
            String pad = " ".repeat(widths[i] - cells[i].length());
            out.append(' ').append(numeric ? pad + cells[i] : cells[i] + pad).append(" |");
        }
        out.append('\n');
    }
}
