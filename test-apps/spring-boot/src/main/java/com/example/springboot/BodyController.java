package com.example.springboot;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/notes} ({@code @RequestBody} JSON, stores {@code note} as an audit row with a bound parameter, so
 * a test sees whether the handler reached its side effect) and {@code POST /api/echo/body} (the body exactly as read:
 * {@code getInputStream()}, {@code ?via=reader} for {@code getReader()}, {@code ?via=none} not read at all).
 */
@RestController
class BodyController {

    private final JdbcTemplate jdbc;

    BodyController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping({"/api/notes", "/api/notes/{tag}"})
    ResponseEntity<Map<String, Object>> notes(@RequestBody Map<String, Object> body) {
        if (!(body.get("note") instanceof String note)) {
            return ErrorAdvice.missingParameter("note");
        }
        jdbc.update("INSERT INTO audit(note) VALUES (?)", note);
        return ResponseEntity.ok(Json.object("stored", true));
    }

    @PostMapping({"/api/echo/body", "/api/echo/body/{tag}"})
    ResponseEntity<?> echo(HttpServletRequest request, @RequestParam(name = "via", defaultValue = "") String via)
            throws IOException {
        if (via.equals("none")) {
            return ResponseEntity.ok(Json.object("read", false));
        }
        byte[] body;
        if (via.equals("reader")) {
            StringWriter text = new StringWriter();
            try (Reader reader = request.getReader()) {
                reader.transferTo(text);
            }
            body = text.toString().getBytes(StandardCharsets.UTF_8);
        } else {
            body = request.getInputStream().readAllBytes();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(body);
    }
}
