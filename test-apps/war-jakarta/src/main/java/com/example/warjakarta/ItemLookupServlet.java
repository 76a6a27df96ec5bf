package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code POST /api/items/lookup} with a JSON body {@code {"name":"..."}} read through
 * {@code request.getInputStream()}. DELIBERATELY VULNERABLE: the JSON value is concatenated into a string literal.
 */
public final class ItemLookupServlet extends HttpServlet {

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
        String sql = "SELECT id, name, price FROM items WHERE name = '" + name + "'";
        try (Connection connection = Database.of(getServletContext()).connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            Json.send(response, 200, Json.object("items", Database.items(rows)));
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }
}
