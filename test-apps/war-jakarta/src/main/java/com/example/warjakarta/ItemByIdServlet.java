package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code GET /api/items/by-id?id=X}. DELIBERATELY VULNERABLE in a numeric context, and through
 * {@code Connection.prepareStatement} with a concatenated string: preparing does not make it safe.
 */
public final class ItemByIdServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null) {
            Json.missingParameter(response, "id");
            return;
        }
        try (Connection connection = Database.of(getServletContext()).connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, name, price FROM items WHERE id = " + id);
                ResultSet rows = statement.executeQuery()) {
            Json.send(response, 200, Json.object("items", Database.items(rows)));
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }
}
