package com.example.springboot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Health, the public hello and the header-name echo. */
@RestController
class BasicController {

    @GetMapping("/health")
    Map<String, Object> health() {
        return Json.object("status", "ok");
    }

    @GetMapping("/api/public/hello")
    Map<String, Object> hello() {
        return Json.object("hello", "world");
    }

    /** The names (never the values) of the request headers. */
    @GetMapping("/api/echo/headers")
    Map<String, Object> headers(HttpServletRequest request) {
        return Json.object("headers", Collections.list(request.getHeaderNames()));
    }
}
