package dev.palisade.it.harness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One HTTP response as received. Header names are lower-cased. */
public final class HttpResponse {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The body bytes exactly as received (a copy). */
    public byte[] bytes() {
        return body.clone();
    }

    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return status + " " + headers + " " + body();
    }
}
