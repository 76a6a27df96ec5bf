package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/** {@code GET /api/echo/headers}: the names (never the values) of the request headers. */
public final class EchoHeadersServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Json.send(response, 200, Json.object("headers", Collections.list(request.getHeaderNames())));
    }
}
