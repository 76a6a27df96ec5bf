package dev.palisade.detection.sql.corpus;

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
 * Reads the gzipped JSON Lines corpus slices from the test class path. The module has no JSON
 * library (detection depends on nothing), so a minimal parser for flat objects lives here.
 */
final class CorpusReader {
    /** Attack corpus files, in the order the README lists them. */
    static final List<String> FILES = List.of("crs_regression", "libinjection", "payloadsallthethings", "fuzzdb",
            "seclists_sqli", "gotestwaf", "fastly_wafefficacy", "benign_prose");

    private CorpusReader() {
    }

    static List<CorpusRow> read(String file) {
        String resource = "/corpus/" + file + ".jsonl.gz";
        List<CorpusRow> rows = new ArrayList<>();
        try (InputStream raw = CorpusReader.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> fields = new FlatJson(line).object();
                rows.add(new CorpusRow(file, (String) fields.get("payload"), (String) fields.get("payload_urldecoded"),
                        (String) fields.get("label"), (String) fields.get("category"),
                        Boolean.TRUE.equals(fields.get("payload_latin1_bytes")),
                        Boolean.TRUE.equals(fields.get("urldecoded_latin1_bytes"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** JSON object whose values are strings, booleans, numbers or null (nested values are skipped). */
    private static final class FlatJson {
        private final String text;
        private int at;

        FlatJson(String text) {
            this.text = text;
        }

        Map<String, Object> object() {
            Map<String, Object> fields = new LinkedHashMap<>();
            expect('{');
            skipSpace();
            if (peek() == '}') {
                return fields;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                fields.put(key, value());
                skipSpace();
                char c = text.charAt(at++);
                if (c == '}') {
                    return fields;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("expected , or } at " + at + " in " + text);
                }
            }
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (text.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            if (c == '{' || c == '[') {
                skipNested();
                return null;
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return text.substring(start, at);
        }

        private void skipNested() {
            int depth = 0;
            do {
                char c = text.charAt(at);
                if (c == '"') {
                    string();
                    continue;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
                at++;
            } while (depth > 0);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n': out.append('\n'); break;
                    case 't': out.append('\t'); break;
                    case 'r': out.append('\r'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'u':
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                        break;
                    default: out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + at + " in " + text);
            }
            at++;
        }

        private char peek() {
            return text.charAt(at);
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
