package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** {@code GET /api/items/search?name=X}. DELIBERATELY VULNERABLE: the input is concatenated into a string literal. */
public final class ItemSearchServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
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
