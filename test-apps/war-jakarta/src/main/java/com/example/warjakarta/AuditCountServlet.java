package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@code GET /api/audit/count}: how many audit rows exist, so tests can see an injected INSERT. */
public final class AuditCountServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection connection = Database.of(getServletContext()).connect();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM audit");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            Json.send(response, 200, Json.object("count", rows.getLong(1)));
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }
}
