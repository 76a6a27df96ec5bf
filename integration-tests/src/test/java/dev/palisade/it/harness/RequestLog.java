package dev.palisade.it.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agent's debug request lines ({@code logLevel=debug}) from a child's stderr:
 * {@code request open id=… method=… path=… raw=… client=…} and {@code request close id=… status=…}.
 */
public final class RequestLog {

    private static final Pattern OPEN = Pattern.compile(
            "request open id=(\\S+) method=(\\S+) path=(\\S+) raw=(\\S+) client=(\\S+) rule=(\\S+)");
    private static final Pattern CLOSE = Pattern.compile("request close id=(\\S+) status=(\\d+)");

    private RequestLog() {
    }

    /** One opened request as the agent saw it. */
    public static final class Opened {
        public final String id;
        public final String method;
        public final String path;
        public final String raw;
        /** The policy rule the agent resolved: its pattern, {@code (defaults)} or {@code -} (no policy). */
        public final String rule;

        Opened(String id, String method, String path, String raw, String rule) {
            this.id = id;
            this.method = method;
            this.path = path;
            this.raw = raw;
            this.rule = rule;
        }

        @Override
        public String toString() {
            return method + " " + raw + " -> " + path;
        }
    }

    public static List<Opened> opened(RunningApp app) {
        List<Opened> opened = new ArrayList<>();
        for (String line : app.output().stderr()) {
            Matcher matcher = OPEN.matcher(line);
            if (matcher.find()) {
                opened.add(new Opened(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
                        matcher.group(6)));
            }
        }
        return opened;
    }

    public static int closedCount(RunningApp app) {
        int count = 0;
        for (String line : app.output().stderr()) {
            if (CLOSE.matcher(line).find()) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last request the agent opened for this raw target, or {@code null}. Waits a little for the
     * line: the child's stderr is read by another thread and may trail the HTTP response.
     */
    public static Opened lastFor(RunningApp app, String raw) {
        long deadline = System.currentTimeMillis() + 3_000;
        while (true) {
            Opened found = null;
            for (Opened opened : opened(app)) {
                if (opened.raw.equals(raw)) {
                    found = opened;
                }
            }
            if (found != null || System.currentTimeMillis() > deadline) {
                return found;
            }
            sleep();
        }
    }

    /** Waits until the agent opened at least {@code count} contexts in total; returns the list. */
    public static List<Opened> awaitOpened(RunningApp app, int count) {
        long deadline = System.currentTimeMillis() + 5_000;
        List<Opened> opened;
        while ((opened = opened(app)).size() < count && System.currentTimeMillis() < deadline) {
            sleep();
        }
        return opened;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the agent closed at least {@code count} requests (async ones close late). */
    public static int awaitClosed(RunningApp app, int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int closed;
        while ((closed = closedCount(app)) < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return closed;
    }
}
