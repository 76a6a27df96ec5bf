package com.example.springboot;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Container dispatches: FORWARD, INCLUDE, and ERROR (through {@code sendError} and an escaping exception). */
@Controller
class DispatchController {

    @GetMapping("/api/forward")
    String forward() {
        return "forward:/api/public/hello";
    }

    @GetMapping("/api/include")
    void include(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("application/json");
        request.getRequestDispatcher("/api/public/hello").include(request, response);
    }

    @GetMapping("/api/error")
    void sendError(HttpServletResponse response) throws IOException {
        response.sendError(500);
    }

    @GetMapping("/api/throw")
    void fail() {
        throw new IllegalStateException("deliberate failure from /api/throw");
    }
}
