package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code POST /api/audit} with a form body {@code note=...}. DELIBERATELY VULNERABLE: {@code Statement.execute} of a
 * concatenated INSERT; H2 runs several {@code ;}-separated statements in one call, so an injected second statement
 * leaves a visible side effect (see {@code GET /api/audit/count}).
 */
public final class AuditServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String note = request.getParameter("note");
        if (note == null) {
            Json.missingParameter(response, "note");
            return;
        }
        try (Connection connection = Database.of(getServletContext()).connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO audit(note) VALUES ('" + note + "')");
            Json.send(response, 200, Json.object("audited", true));
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }
}
