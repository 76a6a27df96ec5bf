package dev.palisade.it.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One row of a corpus slice in {@code src/test/resources/corpus/} (see the README there). */
final class CorpusRow {

    static final List<String> FILES = List.of("crs_regression", "libinjection", "payloadsallthethings", "fuzzdb",
            "seclists_sqli", "gotestwaf", "fastly_wafefficacy", "benign_prose");

    private static final ObjectMapper JSON = new ObjectMapper();

    final String file;
    final String label;
    final String category;
    /** The value a servlet hands the application (URL-decoded form; invalid UTF-8 decoded with replacement characters). */
    final String servletValue;

    private CorpusRow(String file, JsonNode row) {
        this.file = file;
        this.label = row.path("label").asText();
        this.category = row.path("category").asText();
        boolean decoded = row.hasNonNull("payload_urldecoded");
        String value = decoded ? row.path("payload_urldecoded").asText() : row.path("payload").asText();
        boolean latin1 = decoded ? row.path("urldecoded_latin1_bytes").asBoolean() : row.path("payload_latin1_bytes").asBoolean();
        this.servletValue = latin1 ? new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8) : value;
    }

    boolean isSqlAttack() {
        return "attack".equals(label) && "sqli".equals(category);
    }

    boolean isBenign() {
        return "benign".equals(label);
    }

    static List<CorpusRow> read(String file) {
        String resource = "/corpus/" + file + ".jsonl.gz";
        List<CorpusRow> rows = new ArrayList<>();
        try (InputStream raw = CorpusRow.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    rows.add(new CorpusRow(file, JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
