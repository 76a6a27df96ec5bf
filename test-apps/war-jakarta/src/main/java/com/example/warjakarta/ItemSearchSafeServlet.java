package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@code GET /api/items/search-safe?name=X}: the parameterized twin of {@link ItemSearchServlet}. */
public final class ItemSearchSafeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        if (name == null) {
            Json.missingParameter(response, "name");
            return;
        }
        try (Connection connection = Database.of(getServletContext()).connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, name, price FROM items WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                Json.send(response, 200, Json.object("items", Database.items(rows)));
            }
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }
}
