package com.example.jdbcengines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON in and out (through getOutputStream), and the application's own database error path. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(MAPPER.writeValueAsBytes(body));
    }

    /** A generic 500 that does not leak the database's message; stderr names the exception and SQLState. */
    static void databaseError(HttpServletRequest request, HttpServletResponse response, SQLException e)
            throws IOException {
        System.err.println(Main.APP + ": database error on " + request.getMethod() + " " + request.getRequestURI()
                + ": " + e.getClass().getSimpleName() + " SQLState " + e.getSQLState());
        send(response, 500, object("error", "database_error"));
    }

    /** The text of {@code field} in a JSON object body read with getInputStream(), or null. */
    static String textField(HttpServletRequest request, String field) throws IOException {
        JsonNode body = MAPPER.readTree(request.getInputStream());
        JsonNode value = body == null ? null : body.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** Every row, columns by label (lower case), values as the driver returns them. */
    static List<Map<String, Object>> rows(ResultSet rows) throws SQLException {
        List<Map<String, Object>> list = new ArrayList<>();
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= columns; i++) {
                Object value = rows.getObject(i);
                row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                        value instanceof Number || value instanceof String || value == null ? value : value.toString());
            }
            list.add(row);
        }
        return list;
    }
}
