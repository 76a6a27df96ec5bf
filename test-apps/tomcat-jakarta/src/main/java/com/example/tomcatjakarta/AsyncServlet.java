package com.example.tomcatjakarta;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/async}: {@code startAsync()}, then completes from another thread about 50 ms later, after
 * {@code service()} has returned on the container thread.
 */
public final class AsyncServlet extends HttpServlet {

    private transient ScheduledExecutorService responder;

    @Override
    public void init() {
        responder = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "async-responder");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void destroy() {
        responder.shutdownNow();
        try {
            // Wait for the thread to end, so a container does not report it as leaked on undeploy.
            responder.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        AsyncContext async = request.startAsync();
        async.setTimeout(10_000);
        responder.schedule(() -> {
            try {
                Json.send((HttpServletResponse) async.getResponse(), 200, Json.object("async", true));
            } catch (IOException | RuntimeException e) {
                System.err.println(Main.APP + ": async response failed: " + e);
            } finally {
                async.complete();
            }
        }, 50, TimeUnit.MILLISECONDS);
    }
}
