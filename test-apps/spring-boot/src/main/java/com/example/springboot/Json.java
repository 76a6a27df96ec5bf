package com.example.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered JSON objects that may hold null values (Map.of does not allow them). */
final class Json {

    private Json() {
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
