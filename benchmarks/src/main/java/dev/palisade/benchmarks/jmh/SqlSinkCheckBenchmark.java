package dev.palisade.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.palisade.detection.sql.InputSource;
import dev.palisade.detection.sql.RequestInput;
import dev.palisade.detection.sql.SqlDialect;
import dev.palisade.detection.sql.SqlInjectionCheck;
import dev.palisade.detection.sql.SqlInjectionResult;
import dev.palisade.detection.sql.SqlTokenCache;

/**
 * The JDBC sink check for a typical request: 10 inputs against a ~200-character query. Targets: at
 * most 2 µs at the median when no input occurs in the SQL (and no allocation), at most 20 µs when
 * one does. {@code oneInputOccursFreshSql} defeats the token cache (every query text is new).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SqlSinkCheckBenchmark {

    private static final String SQL_TEMPLATE = "SELECT i.id, i.name, i.price, o.owner_name, o.created_at FROM items i "
            + "JOIN owners o ON o.id = i.owner_id WHERE i.name = '%s' AND i.price < 100 AND o.active = TRUE "
            + "ORDER BY i.created_at DESC LIMIT 50";

    private SqlInjectionCheck check;
    private List<RequestInput> inputs;
    private String sqlWithoutInput;
    private String sqlWithInput;
    private String sqlWithInjection;
    private String[] freshSql;
    private int next;

    @Setup
    public void setUp() {
        check = new SqlInjectionCheck(new SqlTokenCache());
        inputs = new ArrayList<>();
        String[] values = {"apple", "42", "desc", "en-US", "2026-11-23", "alice@example.com", "page-7", "true",
            "Mozilla/5.0", "x' OR '1'='1"};
        for (int i = 0; i < values.length; i++) {
            inputs.add(RequestInput.of(InputSource.QUERY, "p" + i, values[i]));
        }
        sqlWithoutInput = String.format(SQL_TEMPLATE, "banana");
        sqlWithInput = String.format(SQL_TEMPLATE, "apple");
        sqlWithInjection = String.format(SQL_TEMPLATE, "x' OR '1'='1");
        freshSql = new String[1024];
        for (int i = 0; i < freshSql.length; i++) {
            freshSql[i] = String.format(SQL_TEMPLATE, "apple") + " /* " + i + " */";
        }
    }

    @Benchmark
    public SqlInjectionResult noInputOccurs() {
        return check.check(sqlWithoutInput, SqlDialect.H2, inputs);
    }

    @Benchmark
    public SqlInjectionResult oneInputOccursInALiteral() {
        return check.check(sqlWithInput, SqlDialect.H2, inputs);
    }

    @Benchmark
    public SqlInjectionResult oneInputOccursFreshSql() {
        return check.check(freshSql[next++ & 1023], SqlDialect.H2, inputs);
    }

    @Benchmark
    public SqlInjectionResult injection() {
        return check.check(sqlWithInjection, SqlDialect.H2, inputs);
    }
}
