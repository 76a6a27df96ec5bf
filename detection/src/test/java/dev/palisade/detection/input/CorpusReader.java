package dev.palisade.detection.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gzipped JSONL corpus slices under {@code src/test/resources/corpus/}. The value sent to the
 * inspector is {@code payload_urldecoded} where present (what a servlet sees after decoding the list
 * line once), else {@code payload}. A tiny JSON reader, because the module has no dependencies.
 */
final class CorpusReader {
    static final String[] FILES = {
        "crs_regression", "libinjection", "payloadsallthethings", "fuzzdb", "seclists_sqli", "gotestwaf",
        "fastly_wafefficacy", "benign_prose",
    };

    private CorpusReader() {
    }

    static List<CorpusRow> read(String file) {
        String resource = "/corpus/" + file + ".jsonl.gz";
        List<CorpusRow> rows = new ArrayList<>();
        try (InputStream in = CorpusReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                Map<String, Object> o = new Json(line).object();
                Object decoded = o.get("payload_urldecoded");
                String payload = decoded instanceof String ? (String) decoded : (String) o.get("payload");
                rows.add(new CorpusRow(file, payload, (String) o.get("label"), (String) o.get("category"),
                        (String) o.get("source")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Minimal JSON reader for one line: objects, arrays, strings, numbers, booleans, null. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Map<String, Object> object() {
            skip();
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            skip();
            if (peek() == '}') {
                i++;
                return map;
            }
            while (true) {
                skip();
                String key = string();
                skip();
                expect(':');
                map.put(key, value());
                skip();
                char c = s.charAt(i++);
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("bad JSON at " + i + ": " + s);
                }
            }
        }

        private Object value() {
            skip();
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                i++;
                List<Object> list = new ArrayList<>();
                skip();
                if (peek() == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    char d = s.charAt(i++);
                    if (d == ']') {
                        return list;
                    }
                }
            }
            int start = i;
            while (i < s.length() && ",}] ".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            switch (word) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                case "null":
                    return null;
                default:
                    return Double.valueOf(word);
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n':
                        b.append('\n');
                        break;
                    case 't':
                        b.append('\t');
                        break;
                    case 'r':
                        b.append('\r');
                        break;
                    case 'b':
                        b.append('\b');
                        break;
                    case 'f':
                        b.append('\f');
                        break;
                    case 'u':
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        break;
                    default:
                        b.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + i + ": " + s);
            }
            i++;
        }

        private char peek() {
            return s.charAt(i);
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
