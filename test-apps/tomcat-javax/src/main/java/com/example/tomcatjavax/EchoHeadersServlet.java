package com.example.tomcatjavax;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/** {@code GET /api/echo/headers}: the names (never the values) of the request headers. */
public final class EchoHeadersServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Json.send(response, 200, Json.object("headers", Collections.list(request.getHeaderNames())));
    }
}
