package com.example.tomcatjavax;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /api/error}: {@code sendError(500)}, so the container makes an ERROR dispatch to the error page. */
public final class SendErrorServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(500);
    }
}
