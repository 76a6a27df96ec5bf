package dev.palisade.detection.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the detectors on the corpus slices, per file and category, the way the project's corpus
 * README defines the rates:
 * <ul>
 *   <li>detection rate of an attack category = rows the detector <em>of that category</em> flags / rows;</li>
 *   <li>a benign row with a category is a probe aimed at that category's detector, and a finding of
 *       <em>any</em> detector on it is a false positive charged to that category;</li>
 *   <li>a benign row of category {@code any} is charged to each detector that flags it, separately.</li>
 * </ul>
 * Run {@link #main} to print the table and, with {@code -Dmisses=DIR}, write the missed attacks and
 * the false positives per cell to files for tuning.
 */
final class CorpusEvaluation {
    static final double[] ATTACK_BAR = {0.97, 0.97, 0.90, 0.95};
    static final double FALSE_POSITIVE_BAR = 0.005;

    /** One line of the table. */
    static final class Cell {
        final String file;
        final String category;
        final String label;
        final String chargedTo;
        int rows;
        int hits;
        /** Hits at confidence MEDIUM or HIGH: what a policy blocking from MEDIUM up would block. */
        int hitsMediumUp;
        int anyDetectorHits;
        final List<String> examples = new ArrayList<>();

        Cell(String file, String category, String label, String chargedTo) {
            this.file = file;
            this.category = category;
            this.label = label;
            this.chargedTo = chargedTo;
        }

        boolean isAttack() {
            return "attack".equals(label);
        }

        double rate() {
            return rows == 0 ? 0 : (double) hits / rows;
        }

        double bar() {
            return isAttack() ? ATTACK_BAR[categoryOf(category).ordinal()] : FALSE_POSITIVE_BAR;
        }

        boolean meetsBar() {
            return isAttack() ? rate() >= bar() : rate() <= bar();
        }
    }

    private CorpusEvaluation() {
    }

    static Category categoryOf(String name) {
        for (Category c : Category.values()) {
            if (c.policyName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    static List<Cell> evaluate(String file) {
        Map<Category, InputInspector> single = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            single.put(c, InputInspector.create(java.util.EnumSet.of(c)));
        }
        InputInspector all = InputInspector.allDetectors();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (CorpusRow row : CorpusReader.read(file)) {
            InspectionResult result = all.inspect(row.payload);
            if (row.isAttack()) {
                Category c = categoryOf(row.category);
                if (c == null) {
                    continue;
                }
                Cell cell = cells.computeIfAbsent(row.category + "/attack",
                        k -> new Cell(file, row.category, "attack", row.category));
                cell.rows++;
                Detection found = result.detection(c);
                boolean hit = found != null;
                cell.hits += hit ? 1 : 0;
                cell.hitsMediumUp += hit && found.confidence().atLeast(Confidence.MEDIUM) ? 1 : 0;
                cell.anyDetectorHits += result.isClean() ? 0 : 1;
                if (!hit) {
                    cell.examples.add(row.payload);
                }
            } else if ("any".equals(row.category)) {
                for (Category c : Category.values()) {
                    Cell cell = cells.computeIfAbsent("any/benign/" + c.policyName(),
                            k -> new Cell(file, "any", "benign", c.policyName()));
                    cell.rows++;
                    Detection d = result.detection(c);
                    if (d != null) {
                        cell.hits++;
                        cell.hitsMediumUp += d.confidence().atLeast(Confidence.MEDIUM) ? 1 : 0;
                        cell.examples.add(d + " <- " + row.payload);
                    }
                }
            } else {
                Cell cell = cells.computeIfAbsent(row.category + "/benign",
                        k -> new Cell(file, row.category, "benign", "any detector"));
                cell.rows++;
                if (!result.isClean()) {
                    cell.hits++;
                    cell.hitsMediumUp += result.detections().get(0).confidence().atLeast(Confidence.MEDIUM) ? 1 : 0;
                    cell.examples.add(result.detections() + " <- " + row.payload);
                }
            }
        }
        return new ArrayList<>(cells.values());
    }

    static String header() {
        return String.format(Locale.ROOT, "%-22s %-5s %-7s %-12s %7s %7s %8s %9s  %s", "file", "cat", "label",
                "detector", "rows", "flagged", "rate", ">=MEDIUM", "bar");
    }

    static String format(Cell c) {
        double medium = c.rows == 0 ? 0 : 100.0 * c.hitsMediumUp / c.rows;
        return String.format(Locale.ROOT, "%-22s %-5s %-7s %-12s %7d %7d %7.2f%% %8.2f%%  %s %.1f%%%s", c.file,
                c.category, c.label, c.chargedTo, c.rows, c.hits, 100.0 * c.rate(), medium, c.isAttack() ? ">=" : "<=",
                100 * c.bar(), c.meetsBar() ? "" : "  BELOW BAR");
    }

    public static void main(String[] args) {
        String dir = System.getProperty("misses");
        String[] files = args.length > 0 ? args : CorpusReader.FILES;
        System.out.println(header());
        for (String file : files) {
            for (Cell c : evaluate(file)) {
                System.out.println(format(c));
                if (dir != null && !c.examples.isEmpty()) {
                    write(Paths.get(dir, c.file + "_" + c.category + "_" + c.label + "_" + c.chargedTo.replace(' ', '_')
                            + ".txt"), c.examples);
                }
            }
        }
    }

    private static void write(Path path, List<String> lines) {
        try {
            Files.createDirectories(path.getParent());
            List<String> escaped = new ArrayList<>();
            for (String l : lines) {
                escaped.add(l.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
            }
            Files.write(path, escaped, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
