package dev.palisade.policy.validate;

import dev.palisade.policy.Quote;

/** Builds the JSON paths shown in diagnostics: {@code endpoints[3].authentication[0]}. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** {@code parent.key}, or {@code parent["odd key"]} when the key is not a plain name. */
    static String child(String parent, String key) {
        if (isPlainName(key)) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "[" + Quote.of(key) + "]";
    }

    /** {@code parent[index]}. */
    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    private static boolean isPlainName(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
                    || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
