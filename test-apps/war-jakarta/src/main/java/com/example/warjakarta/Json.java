package com.example.warjakarta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON in and out. Responses are UTF-8 bytes with {@code Content-Type: application/json}. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** An ordered JSON object from alternating keys and values; values may be null. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** Writes through getOutputStream, never getWriter, so forwards and includes can mix servlets freely. */
    static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(MAPPER.writeValueAsBytes(body));
    }

    static void missingParameter(HttpServletResponse response, String name) throws IOException {
        send(response, 400, object("error", "missing_parameter", "parameter", name));
    }

    /** The application's own error path: a generic 500 that does not leak the database's message. */
    static void databaseError(HttpServletRequest request, HttpServletResponse response, SQLException e)
            throws IOException {
        System.err.println(AppListener.APP + ": database error on " + request.getMethod() + " " + request.getRequestURI()
                + ": " + e.getClass().getSimpleName() + " SQLState " + e.getSQLState());
        send(response, 500, object("error", "database_error"));
    }

    /**
     * Reads the request body as a JSON object with {@code request.getInputStream()} and returns the text of
     * {@code field}, or null when the body has no such text field.
     *
     * @throws IOException also when the body is not JSON ({@link com.fasterxml.jackson.core.JsonProcessingException})
     */
    static String textField(HttpServletRequest request, String field) throws IOException {
        JsonNode body = MAPPER.readTree(request.getInputStream());
        JsonNode value = body == null ? null : body.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
