package com.example.springboot;

import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET} and {@code DELETE /api/orders/{id}}: a path parameter, no database. */
@RestController
class OrdersController {

    @GetMapping("/api/orders/{id}")
    Map<String, Object> get(@PathVariable("id") String id) {
        return order(id);
    }

    @DeleteMapping("/api/orders/{id}")
    Map<String, Object> delete(@PathVariable("id") String id) {
        return order(id);
    }

    private static Map<String, Object> order(String id) {
        return Json.object("order", id.matches("\\d{1,18}") ? (Object) Long.valueOf(id) : id);
    }
}
