package dev.palisade.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code inputs} object: which request headers count as inputs for the injection checks, and
 * how much of a request body is captured and inspected. Immutable.
 */
public final class InputsConfig {

    /** Default for {@code maxBodyBytes} and {@code maxInspectBytes}: 64 KiB. */
    public static final int DEFAULT_MAX_BYTES = 65536;

    /** No headers, 64 KiB caps. */
    public static final InputsConfig DEFAULTS = new InputsConfig(List.of(), DEFAULT_MAX_BYTES, DEFAULT_MAX_BYTES);

    private final List<String> headers;
    private final Set<String> lowerCaseHeaders;
    private final int maxBodyBytes;
    private final int maxInspectBytes;

    /**
     * @param headers header names as written
     * @param maxBodyBytes how much of a body is captured as the application reads it (0 = none)
     * @param maxInspectBytes how much of one input a detector inspects
     */
    public InputsConfig(List<String> headers, int maxBodyBytes, int maxInspectBytes) {
        this.headers = List.copyOf(headers);
        Set<String> lower = new LinkedHashSet<>();
        for (String header : headers) {
            lower.add(header.toLowerCase(Locale.ROOT));
        }
        this.lowerCaseHeaders = Set.copyOf(lower);
        this.maxBodyBytes = maxBodyBytes;
        this.maxInspectBytes = maxInspectBytes;
    }

    /** The header names as written in the policy. */
    public List<String> headers() {
        return headers;
    }

    /** Whether the header called {@code name} (any case) is an input. */
    public boolean isInputHeader(String name) {
        return lowerCaseHeaders.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Bytes of a request body captured, at most. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Bytes of one input inspected, at most. */
    public int maxInspectBytes() {
        return maxInspectBytes;
    }
}
