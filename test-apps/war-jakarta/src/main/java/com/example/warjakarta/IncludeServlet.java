package com.example.warjakarta;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /api/include}: an INCLUDE dispatch of {@code /api/public/hello}; the includer sets status and type. */
public final class IncludeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        request.getRequestDispatcher("/api/public/hello").include(request, response);
    }
}
