package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /api/orders/{id}} and {@code DELETE /api/orders/{id}}: a path parameter, no database. */
public final class OrdersServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.indexOf('/', 1) >= 0) {
            Json.send(response, 404, Json.object("error", "not_found"));
            return;
        }
        String id = pathInfo.substring(1);
        Json.send(response, 200, Json.object("order", id.matches("\\d{1,18}") ? (Object) Long.valueOf(id) : id));
    }
}
