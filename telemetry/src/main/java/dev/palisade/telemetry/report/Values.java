package dev.palisade.telemetry.report;

import java.util.Map;

/** Lenient reads of parsed JSON values: a wrong type reads as zero, empty or null, never fails. */
final class Values {

    private Values() {
    }

    static long asLong(Object value) {
        return value instanceof Number ? ((Number) value).longValue() : 0;
    }

    static double asDouble(Object value) {
        return value instanceof Number ? ((Number) value).doubleValue() : 0;
    }

    static String asString(Object value) {
        return value instanceof String ? (String) value : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }
}
