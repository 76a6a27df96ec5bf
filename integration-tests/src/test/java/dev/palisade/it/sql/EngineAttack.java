package dev.palisade.it.sql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.palisade.it.harness.Http;
import dev.palisade.it.harness.HttpResponse;

/**
 * One SQL injection against the jdbc-engines app: the SQL context and input source it exercises,
 * how it is sent, and what proves that it worked when no agent is attached (rows leaked, or rows
 * written by an injected statement, seen in {@code /api/audit/count}).
 */
final class EngineAttack {

    final String name;
    final String context;
    final String source;
    final String jdbcCall;
    private final Request request;
    /** Without the agent: the response shows the injection worked. Null when the audit count says so. */
    private final Predicate<String> leaked;
    /** Without the agent: rows the request adds to the audit table (0 when it only reads). */
    final int auditRowsWhenItWorks;

    interface Request {
        HttpResponse send(Http http, String engine);
    }

    private EngineAttack(String name, String context, String source, String jdbcCall, Request request,
            Predicate<String> leaked, int auditRowsWhenItWorks) {
        this.name = name;
        this.context = context;
        this.source = source;
        this.jdbcCall = jdbcCall;
        this.request = request;
        this.leaked = leaked;
        this.auditRowsWhenItWorks = auditRowsWhenItWorks;
    }

    HttpResponse send(Http http, String engine) {
        return request.send(http, engine);
    }

    boolean leaked(String body) {
        return leaked == null || leaked.test(body);
    }

    /** Whether the engine can show this attack's effect at all. */
    boolean appliesTo(String engine) {
        if (name.equals("call")) {
            return !engine.equals("sqlite"); // SQLite has no stored routines
        }
        if (name.equals("stacked-statement")) {
            return !engine.equals("sqlite"); // the SQLite driver runs only the first statement of execute()
        }
        return true;
    }

    static final String ALL_ROWS = "elderberry";
    static final String SECRET = "bob-secret-token";

    static List<EngineAttack> all() {
        List<EngineAttack> attacks = new ArrayList<>();
        attacks.add(get("string-literal", "string literal", "query", "Statement.executeQuery",
                "/api/items/search", "name", "x' OR '1'='1", ALL_ROWS));
        attacks.add(get("union", "string literal", "query", "Statement.executeQuery",
                "/api/items/search", "name", "x' UNION SELECT id, secret, 0 FROM users -- ", SECRET));
        attacks.add(get("numeric", "numeric", "query", "prepareStatement (concatenated)",
                "/api/items/by-id", "id", "0 OR 1=1", ALL_ROWS));
        attacks.add(get("like", "LIKE", "query", "Statement.executeQuery",
                "/api/items/like", "q", "zzz' OR 1=1 OR name LIKE '", ALL_ROWS));
        // Boolean oracle on the first character of alice's secret: true sorts by price (banana first).
        attacks.add(get("order-by", "ORDER BY", "query", "Statement.executeQuery", "/api/items/sorted", "sort",
                "(CASE WHEN (SELECT substr(secret,1,1) FROM users WHERE id=1)='a' THEN price ELSE id END)",
                "{\"items\":[{\"id\":2,"));
        attacks.add(get("in-list", "IN (...)", "query", "Statement.executeQuery",
                "/api/items/in", "ids", "0) OR (1=1", ALL_ROWS));
        attacks.add(get("identifier", "identifier", "query", "Statement.executeQuery",
                "/api/items/column", "column", "secret FROM users -- ", SECRET));
        // No item is called "apple' || '": a count of 1 means the operator ran and the argument became 'apple'.
        attacks.add(new EngineAttack("call", "{call ...}", "query", "prepareCall",
                (http, engine) -> http.get("/api/items/call?name=" + encode(engine.equals("mariadb")
                        ? "apple' COLLATE 'utf8mb4_general_ci" : "apple' || '")),
                body -> body.contains("\"count\":1"), 0));
        attacks.add(new EngineAttack("path-segment", "string literal", "path", "Statement.executeQuery",
                (http, engine) -> http.get("/api/items/by-name/x'%20OR%20'1'='1"), body -> body.contains(ALL_ROWS), 0));
        attacks.add(new EngineAttack("cookie", "string literal", "cookie", "Statement.executeQuery",
                (http, engine) -> http.get("/api/items/by-owner", Map.of("Cookie", "owner=x'OR'1'='1")),
                body -> body.contains(ALL_ROWS), 0));
        attacks.add(new EngineAttack("header", "string literal", "header (listed)", "Statement.executeQuery",
                (http, engine) -> http.get("/api/items/by-tenant", Map.of("X-Tenant", "x' OR '1'='1")),
                body -> body.contains(ALL_ROWS), 0));
        attacks.add(new EngineAttack("json-body", "string literal", "JSON body", "Statement.executeQuery",
                (http, engine) -> http.send("POST", "/api/items/lookup", Map.of("Content-Type", "application/json"),
                        "{\"name\":\"x' OR '1'='1\"}".getBytes(StandardCharsets.UTF_8)),
                body -> body.contains(ALL_ROWS), 0));
        attacks.add(new EngineAttack("extra-row", "string literal (INSERT)", "form", "Statement.execute",
                (http, engine) -> form(http, "/api/audit", "note", "x'), ('pwned"), null, 2));
        attacks.add(new EngineAttack("stacked-statement", "statement separator", "form", "Statement.execute",
                (http, engine) -> form(http, "/api/audit", "note", "x'); INSERT INTO audit(note) VALUES ('pwned"), null, 2));
        attacks.add(new EngineAttack("batch", "string literal (INSERT)", "form", "addBatch + executeBatch",
                (http, engine) -> form(http, "/api/audit/batch", "note", "fine", "note", "x'), ('pwned"), null, 3));
        return attacks;
    }

    private static EngineAttack get(String name, String context, String source, String call, String path,
            String parameter, String value, String proof) {
        return new EngineAttack(name, context, source, call,
                (http, engine) -> http.get(path + "?" + parameter + "=" + encode(value)), body -> body.contains(proof), 0);
    }

    static HttpResponse form(Http http, String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(encode(namesAndValues[i])).append('=')
                    .append(encode(namesAndValues[i + 1]));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return http.send("POST", path, headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return name;
    }
}
