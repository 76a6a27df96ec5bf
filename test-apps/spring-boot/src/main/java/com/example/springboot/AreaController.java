package com.example.springboot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin area (meant to be protected by policy) and the public area: both echo how the request was routed. */
@RestController
class AreaController {

    @GetMapping({"/api/admin", "/api/admin/**"})
    Map<String, Object> admin(HttpServletRequest request) {
        return routed("admin", request);
    }

    @GetMapping({"/api/public", "/api/public/**"})
    Map<String, Object> publicArea(HttpServletRequest request) {
        return routed("public", request);
    }

    private static Map<String, Object> routed(String area, HttpServletRequest request) {
        return Json.object(
                "area", area,
                "requestURI", request.getRequestURI(),
                "contextPath", request.getContextPath(),
                "servletPath", request.getServletPath(),
                "pathInfo", request.getPathInfo());
    }
}
