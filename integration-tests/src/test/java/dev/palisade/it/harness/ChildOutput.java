package dev.palisade.it.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects a child process's stdout and stderr lines as they arrive. */
public final class ChildOutput {

    private final List<String> lines = new ArrayList<>();
    private final List<String> stderr = new ArrayList<>();

    void pump(InputStream stream, String name, boolean isStderr) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (this) {
                        lines.add((isStderr ? "[err] " : "[out] ") + line);
                        if (isStderr) {
                            stderr.add(line);
                        }
                        notifyAll();
                    }
                }
            } catch (IOException closed) {
                // process ended
            }
        }, "child-output-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until a line containing {@code marker} arrives; {@code false} on timeout or when {@code alive} turns false. */
    public synchronized boolean await(String marker, long timeoutMillis, java.util.function.BooleanSupplier alive)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int seen = 0;
        while (true) {
            for (; seen < lines.size(); seen++) {
                if (lines.get(seen).contains(marker)) {
                    return true;
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || !alive.getAsBoolean()) {
                return false;
            }
            wait(Math.min(left, 200));
        }
    }

    /** All lines so far, prefixed {@code [out]} or {@code [err]}. */
    public synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }

    /** Stderr lines so far, unprefixed. */
    public synchronized List<String> stderr() {
        return new ArrayList<>(stderr);
    }

    public synchronized List<String> matching(Predicate<String> predicate) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            if (predicate.test(line)) {
                result.add(line);
            }
        }
        return result;
    }

    public synchronized String text() {
        return String.join("\n", lines);
    }
}
