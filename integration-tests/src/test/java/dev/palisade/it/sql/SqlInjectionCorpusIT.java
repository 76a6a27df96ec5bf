package dev.palisade.it.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.palisade.detection.sql.SqlDialect;
import dev.palisade.detection.sql.corpus.StructureOracle;
import dev.palisade.it.harness.AgentAppExtension;
import dev.palisade.it.harness.AgentSettings;
import dev.palisade.it.harness.Http;
import dev.palisade.it.harness.HttpResponse;
import dev.palisade.it.harness.Jdk;
import dev.palisade.it.harness.RunningApp;
import dev.palisade.it.harness.TestApp;

/**
 * The corpus slices through HTTP, against the jdbc-engines app on H2 with the agent blocking.
 *
 * <p>SQLi attack payloads go to a vulnerable string-literal endpoint ({@code Statement.executeQuery})
 * and a vulnerable numeric endpoint ({@code prepareStatement} of a concatenated string). Which
 * payloads change the query's structure is decided as in the detection corpus test
 * ({@link StructureOracle} on the endpoint's exact SQL, H2 dialect); at least 99% of those must be
 * answered 403, per corpus file and endpoint. Benign rows (every file and category, plus benign
 * prose) go to the parameterized endpoint, the correctly escaping endpoint, and (values without
 * quotes) the string-literal endpoint: none may be blocked.
 *
 * <p>Cost: only the JDK running Maven; every row, about 57,000 requests 4 at a time (under a minute
 * here). {@code -Dcorpus.sample=true} keeps every 8th libinjection row and every 4th prose row
 * (about 15,000 requests) for a quick run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SqlInjectionCorpusIT {

    private static final double REQUIRED_RATE = 0.99;
    private static final boolean FULL = !Boolean.getBoolean("corpus.sample");
    private static final Map<String, Integer> SAMPLE_EVERY = Map.of("libinjection", 8, "benign_prose", 4);

    private static final Map<String, StructureOracle> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("/api/items/search?name=", new StructureOracle("SELECT id, name, price FROM items WHERE name = '{}'", "abc"));
        ENDPOINTS.put("/api/items/by-id?id=", new StructureOracle("SELECT id, name, price FROM items WHERE id = {}", "1"));
    }

    @RegisterExtension
    static final AgentAppExtension apps = new AgentAppExtension();

    static RunningApp app;
    static final Map<String, List<CorpusRow>> ROWS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        app = apps.start(TestApp.JDBC_ENGINES, Jdk.all().get(0),
                AgentSettings.withAgent().policy("sql-block.json").option("logLevel", "warn").appArgument("--db=h2"));
        for (String file : CorpusRow.FILES) {
            List<CorpusRow> rows = CorpusRow.read(file);
            int every = FULL ? 1 : SAMPLE_EVERY.getOrDefault(file, 1);
            List<CorpusRow> kept = new ArrayList<>();
            for (int i = 0; i < rows.size(); i += every) {
                kept.add(rows.get(i));
            }
            ROWS.put(file, kept);
        }
    }

    @Test
    @Order(1)
    void blocksNoBenignRowThroughBoundEscapedOrQuoteFreeLiterals() throws Exception {
        Set<String> values = new LinkedHashSet<>();
        for (List<CorpusRow> rows : ROWS.values()) {
            for (CorpusRow row : rows) {
                if (row.isBenign()) {
                    values.add(row.servletValue);
                }
            }
        }
        Map<String, List<String>> targets = new LinkedHashMap<>();
        targets.put("parameterized (?)", new ArrayList<>());
        targets.put("string literal, quotes escaped", new ArrayList<>());
        targets.put("string literal, values without quotes", new ArrayList<>());
        for (String value : values) {
            targets.get("parameterized (?)").add("/api/items/search-safe?name=" + EngineAttack.encode(value));
            targets.get("string literal, quotes escaped").add("/api/items/search-escaped?name=" + EngineAttack.encode(value));
            if (value.indexOf('\'') < 0) {
                targets.get("string literal, values without quotes").add("/api/items/search?name=" + EngineAttack.encode(value));
            }
        }
        StringBuilder table = new StringBuilder("\nBenign corpus rows through HTTP (jdbc-engines on H2"
                + (FULL ? "" : ", sampled") + ")\n| endpoint | requests | blocked |\n|---|---|---|\n");
        List<String> blocked = new ArrayList<>();
        for (Map.Entry<String, List<String>> endpoint : targets.entrySet()) {
            List<String> hits = sendAll(endpoint.getValue());
            blocked.addAll(hits);
            table.append("| ").append(endpoint.getKey()).append(" | ").append(endpoint.getValue().size()).append(" | ")
                    .append(hits.size()).append(" |\n");
        }
        System.out.println(table);
        blocked.stream().limit(20).forEach(target -> System.out.println("  blocked benign: " + target));
        assertEquals(List.of(), blocked);
    }

    @Test
    @Order(2)
    void blocksAtLeast99PercentOfStructureChangingAttacksPerFileAndEndpoint() throws Exception {
        StringBuilder table = new StringBuilder("\nSQLi corpus payloads through HTTP (jdbc-engines on H2"
                + (FULL ? "" : ", libinjection every 8th row") + ")\n"
                + "| file | endpoint | rows | structure-changing | blocked | rate |\n|---|---|---|---|---|---|\n");
        List<String> failures = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, StructureOracle> endpoint : ENDPOINTS.entrySet()) {
            for (Map.Entry<String, List<CorpusRow>> file : ROWS.entrySet()) {
                Set<String> payloads = new LinkedHashSet<>();
                for (CorpusRow row : file.getValue()) {
                    if (row.isSqlAttack()) {
                        payloads.add(row.servletValue);
                    }
                }
                if (payloads.isEmpty()) {
                    continue;
                }
                List<String> changing = new ArrayList<>();
                for (String payload : payloads) {
                    if (endpoint.getValue().changesStructure(payload, SqlDialect.H2)) {
                        changing.add(endpoint.getKey() + EngineAttack.encode(payload));
                    }
                }
                List<String> blocked = sendAll(changing);
                Set<String> blockedSet = new java.util.HashSet<>(blocked);
                for (String target : changing) {
                    if (!blockedSet.contains(target)) {
                        misses.add(file.getKey() + " " + target);
                    }
                }
                double rate = changing.isEmpty() ? 1 : blocked.size() / (double) changing.size();
                table.append("| ").append(file.getKey()).append(" | ").append(endpoint.getKey(), 0, endpoint.getKey().indexOf('?'))
                        .append(" | ").append(payloads.size()).append(" | ").append(changing.size()).append(" | ")
                        .append(blocked.size()).append(" | ").append(String.format("%.2f%%", 100 * rate)).append(" |\n");
                if (rate < REQUIRED_RATE) {
                    failures.add(file.getKey() + " " + endpoint.getKey() + ": " + String.format("%.2f%%", 100 * rate));
                }
            }
        }
        System.out.println(table);
        misses.stream().limit(30).forEach(miss -> System.out.println("  not blocked: " + miss));
        assertTrue(failures.isEmpty(), "below 99%: " + failures);
    }

    /** Sends every GET, 4 at a time; returns the targets answered 403 request_blocked. */
    private static List<String> sendAll(List<String> targets) throws Exception {
        Http http = app.http();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicLong unexpected = new AtomicLong();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String target : targets) {
                results.add(pool.submit(() -> {
                    HttpResponse response = http.get(target);
                    if (response.status() == 403 && response.body().contains("request_blocked")) {
                        return target;
                    }
                    if (response.status() != 200 && response.status() != 500 && response.status() != 400) {
                        unexpected.incrementAndGet();
                    }
                    return null;
                }));
            }
            List<String> blocked = new ArrayList<>();
            for (Future<String> result : results) {
                String target = result.get();
                if (target != null) {
                    blocked.add(target);
                }
            }
            assertEquals(0, unexpected.get(), "responses other than 200, 400, 403, 500");
            return blocked;
        } finally {
            pool.shutdownNow();
        }
    }
}
