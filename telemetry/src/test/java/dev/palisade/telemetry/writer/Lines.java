package dev.palisade.telemetry.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.telemetry.report.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: reads every generation of a telemetry file, oldest first, insisting on whole lines. */
public final class Lines {

    private Lines() {
    }

    /** Every line of every generation, parsed; fails if any file has a partial or unparseable line. */
    public static List<Map<String, Object>> readAll(Path active) throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        int oldest = 0;
        while (Files.exists(RotatingFile.generation(active, oldest + 1))) {
            oldest++;
        }
        for (int n = oldest; n >= 0; n--) {
            all.addAll(readWhole(RotatingFile.generation(active, n)));
        }
        return all;
    }

    /** The lines of one file; the file must end with a newline and every line must be one JSON object. */
    public static List<Map<String, Object>> readWhole(Path file) throws IOException {
        List<Map<String, Object>> parsed = new ArrayList<>();
        if (!Files.exists(file)) {
            return parsed;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            return parsed;
        }
        assertEquals('\n', bytes[bytes.length - 1], file + " must end with a whole line");
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
            assertTrue(line.startsWith("{\"type\":"), "line starts a record: " + line);
            parsed.add(JsonTree.parseObject(line));
        }
        return parsed;
    }

    /** The records of one type. */
    public static List<Map<String, Object>> ofType(List<Map<String, Object>> lines, String type) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> line : lines) {
            if (type.equals(line.get("type"))) {
                out.add(line);
            }
        }
        return out;
    }
}
