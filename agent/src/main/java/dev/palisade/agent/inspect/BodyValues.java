package dev.palisade.agent.inspect;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.palisade.agent.context.QueryStringParser;
import dev.palisade.agent.jdbc.JsonBodyInputs;
import dev.palisade.detection.sql.InputSource;

/**
 * The values of a request body the application has read, named like the SQL sink names them:
 * <ul>
 *   <li>{@code application/x-www-form-urlencoded}: every value (source {@code form}, the parameter's
 *       name) and every parameter name ({@code form}, {@code name (name)});</li>
 *   <li>JSON ({@code Content-Type} containing {@code json}, or a body starting with {@code {}/{@code [}
 *       and no other type): every string value ({@code body}, {@code $.a.list[2]}) and key
 *       ({@code body}, {@code $.a.b (key)}), through the sink's lazy streaming walk (at most 32 levels
 *       and 512 strings).</li>
 * </ul>
 * Other bodies (multipart, XML, plain text) yield nothing.
 */
final class BodyValues {

    /** Receives one value. */
    interface Visitor {
        void visit(String source, String name, String value);
    }

    private BodyValues() {
    }

    static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static void forEach(String contentType, byte[] body, Visitor visitor) {
        if (body.length == 0) {
            return;
        }
        if (isForm(contentType)) {
            Map<String, List<String>> form = QueryStringParser.parse(new String(body, StandardCharsets.UTF_8));
            for (Map.Entry<String, List<String>> parameter : form.entrySet()) {
                String name = parameter.getKey();
                visitor.visit("form", name + " (name)", name);
                for (String value : parameter.getValue()) {
                    visitor.visit("form", name, value);
                }
            }
        } else if (JsonBodyInputs.looksLikeJson(contentType, body)) {
            JsonBodyInputs.walk(body, (source, name, value) ->
                    visitor.visit("body", source == InputSource.JSON_KEY ? name + " (key)" : name, value));
        }
    }
}
