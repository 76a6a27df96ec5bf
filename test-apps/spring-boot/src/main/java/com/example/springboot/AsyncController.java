package com.example.springboot;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/async}: Spring MVC starts async processing; the value arrives from another thread ~50 ms later. */
@RestController
class AsyncController {

    @GetMapping("/api/async")
    CompletableFuture<Map<String, Object>> async() {
        return CompletableFuture.supplyAsync(() -> Json.object("async", true),
                CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
    }
}
