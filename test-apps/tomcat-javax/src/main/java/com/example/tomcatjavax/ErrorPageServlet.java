package com.example.tomcatjavax;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /error-page}: the container's error page for 404 and 500 (ERROR dispatches). */
public final class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer ? (Integer) code : 500;
        Json.send(response, status, Json.object("error", status == 404 ? "not_found" : "internal"));
    }
}
