package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@code GET /api/items/by-id-safe?id=X}: the parameterized twin of {@link ItemByIdServlet}. */
public final class ItemByIdSafeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null) {
            Json.missingParameter(response, "id");
            return;
        }
        try (Connection connection = Database.of(getServletContext()).connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, name, price FROM items WHERE id = ?")) {
            // Bound as a string: H2 converts it, and a non-number is a database error like in the vulnerable twin.
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                Json.send(response, 200, Json.object("items", Database.items(rows)));
            }
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }
}
