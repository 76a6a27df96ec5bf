package com.example.springboot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The application's own error answers, identical to the servlet apps'. */
@RestControllerAdvice
class ErrorAdvice {

    /** A generic 500 that does not leak the database's message. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Map<String, Object>> databaseError(DataAccessException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        String state = cause instanceof java.sql.SQLException sql ? " SQLState " + sql.getSQLState() : "";
        System.err.println(Application.APP + ": database error on " + request.getMethod() + " "
                + request.getRequestURI() + ": " + cause.getClass().getSimpleName() + state);
        return ResponseEntity.status(500).body(Json.object("error", "database_error"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> invalidJson() {
        return ResponseEntity.status(400).body(Json.object("error", "invalid_json"));
    }

    static ResponseEntity<Map<String, Object>> missingParameter(String name) {
        return ResponseEntity.status(400).body(Json.object("error", "missing_parameter", "parameter", name));
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
