package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /api/admin/*} and {@code GET /api/public/*}: echoes how the container routed the request, so tests can
 * compare the agent's path decision with the container's. The area ({@code admin} or {@code public}) is an init
 * parameter.
 */
public final class AreaServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Json.send(response, 200, Json.object(
                "area", getInitParameter("area"),
                "requestURI", request.getRequestURI(),
                "contextPath", request.getContextPath(),
                "servletPath", request.getServletPath(),
                "pathInfo", request.getPathInfo()));
    }
}
