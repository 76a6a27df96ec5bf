package com.example.jdbcengines;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code /api/audit/*}, the side effects that show whether an injected statement reached the
 * database. DELIBERATELY VULNERABLE:
 * <pre>
 * POST /api/audit        form note=…             Statement.execute("INSERT … VALUES ('note')")
 * POST /api/audit/batch  form note=… (repeated)  Statement.addBatch per note, executeBatch
 * GET  /api/audit/count  {"count":n}
 * </pre>
 */
public final class AuditServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String route = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] notes = request.getParameterValues("note");
        if (notes == null) {
            Json.send(response, 400, Json.object("error", "missing_parameter", "parameter", "note"));
            return;
        }
        try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
            if (route.equals("/batch")) {
                for (String note : notes) {
                    statement.addBatch("INSERT INTO audit(note) VALUES ('" + note + "')");
                }
                statement.executeBatch();
            } else {
                statement.execute("INSERT INTO audit(note) VALUES ('" + notes[0] + "')");
            }
            Json.send(response, 200, Json.object("audited", true));
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection connection = database().connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audit")) {
            rows.next();
            Json.send(response, 200, Json.object("count", rows.getLong(1)));
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }

    private Database database() {
        return (Database) getServletContext().getAttribute(Database.ATTRIBUTE);
    }
}
