package com.example.warjakarta;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /error-page}: the container's default error page (ERROR dispatches for every error status and exception). */
public final class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer ? (Integer) code : 500;
        Json.send(response, status, Json.object("error", errorName(status)));
    }

    static String errorName(int status) {
        if (status == 404) {
            return "not_found";
        }
        if (status == 405) {
            return "method_not_allowed";
        }
        return status >= 500 ? "internal" : "bad_request";
    }
}
