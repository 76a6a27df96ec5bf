package com.example.springboot;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/audit} (form {@code note=...}) and {@code GET /api/audit/count}. The INSERT is DELIBERATELY
 * VULNERABLE: {@code JdbcTemplate.execute(String)} is {@code Statement.execute}, and H2 runs several
 * {@code ;}-separated statements in one call, so an injected second INSERT shows up in the count.
 */
@RestController
class AuditController {

    private final JdbcTemplate jdbc;

    AuditController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/api/audit")
    ResponseEntity<Map<String, Object>> audit(@RequestParam(name = "note", required = false) String note) {
        if (note == null) {
            return ErrorAdvice.missingParameter("note");
        }
        jdbc.execute("INSERT INTO audit(note) VALUES ('" + note + "')");
        return ResponseEntity.ok(Json.object("audited", true));
    }

    @GetMapping("/api/audit/count")
    Map<String, Object> count() {
        return Json.object("count", jdbc.queryForObject("SELECT COUNT(*) FROM audit", Long.class));
    }
}
