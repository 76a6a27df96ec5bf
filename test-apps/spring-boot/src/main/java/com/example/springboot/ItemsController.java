package com.example.springboot;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Item queries through JdbcTemplate over HikariCP. Each DELIBERATELY VULNERABLE endpoint concatenates its input into
 * SQL and sits next to its parameterized twin. Database errors become a generic 500 in {@link ErrorAdvice}.
 */
@RestController
class ItemsController {

    /** Values as the driver returns them (a UNION may change their types). */
    private static final RowMapper<Map<String, Object>> ITEM = (rows, rowNumber) -> Json.object(
            "id", rows.getObject(1), "name", rows.getObject(2), "price", rows.getObject(3));

    private final JdbcTemplate jdbc;

    ItemsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** VULNERABLE: string literal, {@code Statement.executeQuery} (JdbcTemplate's query without arguments). */
    @GetMapping("/api/items/search")
    ResponseEntity<Map<String, Object>> search(@RequestParam(name = "name", required = false) String name) {
        if (name == null) {
            return ErrorAdvice.missingParameter("name");
        }
        return items(jdbc.query("SELECT id, name, price FROM items WHERE name = '" + name + "'", ITEM));
    }

    @GetMapping("/api/items/search-safe")
    ResponseEntity<Map<String, Object>> searchSafe(@RequestParam(name = "name", required = false) String name) {
        if (name == null) {
            return ErrorAdvice.missingParameter("name");
        }
        return items(jdbc.query("SELECT id, name, price FROM items WHERE name = ?", ITEM, name));
    }

    /** VULNERABLE: numeric context, {@code Connection.prepareStatement} with a concatenated string. */
    @GetMapping("/api/items/by-id")
    ResponseEntity<Map<String, Object>> byId(@RequestParam(name = "id", required = false) String id) {
        if (id == null) {
            return ErrorAdvice.missingParameter("id");
        }
        return items(jdbc.query(
                connection -> connection.prepareStatement("SELECT id, name, price FROM items WHERE id = " + id), ITEM));
    }

    @GetMapping("/api/items/by-id-safe")
    ResponseEntity<Map<String, Object>> byIdSafe(@RequestParam(name = "id", required = false) String id) {
        if (id == null) {
            return ErrorAdvice.missingParameter("id");
        }
        // Bound as a string: H2 converts it, and a non-number is a database error like in the vulnerable twin.
        return items(jdbc.query("SELECT id, name, price FROM items WHERE id = ?", ITEM, id));
    }

    /** VULNERABLE: a JSON body value concatenated into a string literal. */
    @PostMapping("/api/items/lookup")
    ResponseEntity<Map<String, Object>> lookup(@RequestBody Map<String, Object> body) {
        if (!(body.get("name") instanceof String name)) {
            return ErrorAdvice.missingParameter("name");
        }
        return items(jdbc.query("SELECT id, name, price FROM items WHERE name = '" + name + "'", ITEM));
    }

    @PostMapping("/api/items/lookup-safe")
    ResponseEntity<Map<String, Object>> lookupSafe(@RequestBody Map<String, Object> body) {
        if (!(body.get("name") instanceof String name)) {
            return ErrorAdvice.missingParameter("name");
        }
        return items(jdbc.query("SELECT id, name, price FROM items WHERE name = ?", ITEM, name));
    }

    private static ResponseEntity<Map<String, Object>> items(List<Map<String, Object>> items) {
        return ResponseEntity.ok(Json.object("items", items));
    }
}
