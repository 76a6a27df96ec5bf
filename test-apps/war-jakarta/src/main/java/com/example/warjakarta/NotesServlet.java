package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * {@code POST /api/notes} (and {@code /api/notes/*}, so a policy can treat a path differently) with a JSON body {@code {"note":"...", ...}} read through {@code request.getInputStream()}:
 * stores the note as an audit row (parameterized), so a test sees whether the handler ran to its side effect
 * ({@code GET /api/audit/count}).
 */
public final class NotesServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String note;
        try {
            note = Json.textField(request, "note");
        } catch (JsonProcessingException e) {
            Json.send(response, 400, Json.object("error", "invalid_json"));
            return;
        }
        if (note == null) {
            Json.missingParameter(response, "note");
            return;
        }
        try (Connection connection = Database.of(getServletContext()).connect();
                PreparedStatement statement = connection.prepareStatement("INSERT INTO audit(note) VALUES (?)")) {
            statement.setString(1, note);
            statement.executeUpdate();
            Json.send(response, 200, Json.object("stored", true));
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }
}
