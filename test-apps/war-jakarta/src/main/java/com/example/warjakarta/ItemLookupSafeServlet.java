package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@code POST /api/items/lookup-safe}: the parameterized twin of {@link ItemLookupServlet}. */
public final class ItemLookupSafeServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name;
        try {
            name = Json.textField(request, "name");
        } catch (JsonProcessingException e) {
            Json.send(response, 400, Json.object("error", "invalid_json"));
            return;
        }
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
