package dev.palisade.detection.sql.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.detection.sql.InputSource;
import dev.palisade.detection.sql.RequestInput;
import dev.palisade.detection.sql.SqlDialect;
import dev.palisade.detection.sql.SqlInjectionCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the corpus slices through queries built the way a vulnerable application builds them, in
 * every dialect, and prints the tables that README.md (SQL injection at the JDBC sink) shows.
 *
 * <p>Attack rows (category {@code sqli}) are spliced into a string-literal and a numeric template;
 * {@link StructureOracle} (independent of the detector) says which payloads changed the query's
 * structure, and at least 99% of those must be detected, per file and template. Benign rows (every
 * category, plus benign prose) go through a correctly escaping string-literal endpoint, a
 * string-literal endpoint for values without quotes, and a parameterized query: none may be detected.
 */
class SqlInjectionCorpusTest {
    private static final double REQUIRED_RATE = 0.99;
    private static final Map<String, StructureOracle> TEMPLATES = new LinkedHashMap<>();
    private static final Map<String, List<CorpusRow>> ROWS = new LinkedHashMap<>();
    /** Dialects whose per-file table is printed; all dialects are asserted and summarised. */
    private static final List<SqlDialect> DETAILED = List.of(SqlDialect.GENERIC, SqlDialect.MYSQL);

    private final SqlInjectionCheck check = new SqlInjectionCheck();

    @BeforeAll
    static void load() {
        TEMPLATES.put("string", new StructureOracle("SELECT * FROM items WHERE name = '{}'", "abc"));
        TEMPLATES.put("numeric", new StructureOracle("SELECT * FROM items WHERE id = {}", "1"));
        for (String file : CorpusReader.FILES) {
            ROWS.put(file, CorpusReader.read(file));
        }
    }

    @Test
    void detectsAtLeast99PercentOfStructureChangingAttacksPerFileAndTemplate() {
        List<String> failures = new ArrayList<>();
        RateTable summary = new RateTable("SQLi attack payloads, all corpus files, per dialect",
                "dialect", "template", "rows used", "structure-changing", "detected", "rate", "blocked although not counted");
        for (SqlDialect dialect : SqlDialect.values()) {
            RateTable detail = new RateTable("SQLi attack payloads, dialect " + dialect,
                    "file", "template", "rows used", "not counted: one token", "not counted: literals only",
                    "structure-changing", "detected", "rate");
            List<String> misses = new ArrayList<>();
            for (Map.Entry<String, StructureOracle> template : TEMPLATES.entrySet()) {
                long used = 0;
                long changing = 0;
                long detected = 0;
                long blockedUnchanged = 0;
                for (Map.Entry<String, List<CorpusRow>> file : ROWS.entrySet()) {
                    long[] counts = attackCounts(file.getValue(), template.getValue(), dialect, misses);
                    if (counts[0] == 0) {
                        continue;
                    }
                    detail.add(file.getKey(), template.getKey(), counts[0], counts[4], counts[5], counts[1], counts[2],
                            RateTable.percent(counts[2], counts[1]));
                    if (counts[1] > 0 && counts[2] < REQUIRED_RATE * counts[1]) {
                        failures.add(dialect + "/" + file.getKey() + "/" + template.getKey() + ": "
                                + RateTable.percent(counts[2], counts[1]));
                    }
                    used += counts[0];
                    changing += counts[1];
                    detected += counts[2];
                    blockedUnchanged += counts[3];
                }
                summary.add(dialect, template.getKey(), used, changing, detected, RateTable.percent(detected, changing),
                        blockedUnchanged);
            }
            if (DETAILED.contains(dialect)) {
                System.out.println(detail.render());
            }
            writeMisses(dialect, misses);
            if (!misses.isEmpty()) {
                System.out.println("Missed structure-changing payloads, " + dialect + " (" + misses.size() + ", first 20):");
                misses.stream().limit(20).forEach(miss -> System.out.println("  " + miss));
            }
        }
        System.out.println(summary.render());
        assertTrue(failures.isEmpty(), "detection below 99%: " + failures);
    }

    /** With {@code -Dcorpus.misses=/tmp/misses}, every missed payload is written to {@code /tmp/misses-DIALECT}. */
    private static void writeMisses(SqlDialect dialect, List<String> misses) {
        String prefix = System.getProperty("corpus.misses");
        if (prefix == null) {
            return;
        }
        try {
            Files.write(Paths.get(prefix + "-" + dialect), misses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {used, structure-changing, detected, detected though unchanged, one token, literals only}. */
    private long[] attackCounts(List<CorpusRow> rows, StructureOracle template, SqlDialect dialect, List<String> misses) {
        long[] counts = new long[6];
        for (CorpusRow row : rows) {
            if (!row.isAttack("sqli")) {
                continue;
            }
            String payload = row.servletValue();
            counts[0]++;
            boolean detected = check.check(template.sqlWith(payload), dialect,
                    List.of(RequestInput.of(InputSource.QUERY, "q", payload))).isInjection();
            StructureOracle.Verdict verdict = template.verdict(payload, dialect);
            counts[4] += verdict == StructureOracle.Verdict.ONE_TOKEN ? 1 : 0;
            counts[5] += verdict == StructureOracle.Verdict.LITERALS_ONLY ? 1 : 0;
            if (verdict == StructureOracle.Verdict.CHANGED) {
                counts[1]++;
                if (detected) {
                    counts[2]++;
                } else {
                    misses.add(row.file + " " + template.sqlWith(payload).replace("\n", "\\n"));
                }
            } else if (detected) {
                counts[3]++;
            }
        }
        return counts;
    }

    @Test
    void blocksNoBenignInputWhenTheApplicationEscapesOrBindsIt() {
        RateTable table = new RateTable("Benign rows (all files, all categories, benign prose), per dialect",
                "dialect", "endpoint", "rows used", "detected");
        List<String> falsePositives = new ArrayList<>();
        for (SqlDialect dialect : SqlDialect.values()) {
            long[] escaped = new long[2];
            long[] unquoted = new long[2];
            long[] bound = new long[2];
            for (List<CorpusRow> rows : ROWS.values()) {
                for (CorpusRow row : rows) {
                    if (!row.isBenign()) {
                        continue;
                    }
                    String value = row.servletValue();
                    List<RequestInput> inputs = List.of(RequestInput.of(InputSource.FORM, "q", value));
                    String escapedSql = "SELECT * FROM items WHERE name = '" + escape(value, dialect) + "'";
                    count(escaped, escapedSql, dialect, inputs, falsePositives);
                    if (value.indexOf('\'') < 0) {
                        count(unquoted, "SELECT * FROM items WHERE name = '" + value + "'", dialect, inputs, falsePositives);
                    }
                    count(bound, "SELECT * FROM items WHERE name = ?", dialect, inputs, falsePositives);
                }
            }
            table.add(dialect, "string literal, quotes escaped", escaped[0], escaped[1]);
            table.add(dialect, "string literal, values without quotes", unquoted[0], unquoted[1]);
            table.add(dialect, "parameterized (?)", bound[0], bound[1]);
        }
        System.out.println(table.render());
        falsePositives.stream().limit(20).forEach(fp -> System.out.println("  false positive: " + fp));
        assertEquals(List.of(), falsePositives);
    }

    private void count(long[] counts, String sql, SqlDialect dialect, List<RequestInput> inputs, List<String> falsePositives) {
        counts[0]++;
        if (check.check(sql, dialect, inputs).isInjection()) {
            counts[1]++;
            falsePositives.add(dialect + " " + sql.replace("\n", "\\n"));
        }
    }

    /** Correct literal escaping for the dialect: quotes doubled, and backslashes doubled where they escape. */
    private static String escape(String value, SqlDialect dialect) {
        String escaped = value.replace("'", "''");
        return dialect == SqlDialect.MYSQL ? escaped.replace("\\", "\\\\") : escaped;
    }
}
