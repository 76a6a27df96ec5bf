package dev.palisade.agent.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.palisade.agent.context.FakeExchange;
import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.runtime.AgentStats;
import dev.palisade.agent.runtime.FailureLog;
import dev.palisade.agent.telemetry.AgentTelemetry;
import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;

/**
 * The body inspection without a container: the test plays the body tee, appending what "the
 * application" read to the capture and asking after each read whether it must fail.
 */
class BodyInspectionTest {

    private static final String POLICY = "{\"version\":1,\"mode\":\"block\",\"defaults\":{\"authentication\":[],"
            + "\"injection\":{\"sql\":\"monitor\",\"input\":%s}}}";
    private static final String BLOCK = "{\"sqli\":\"block\",\"xss\":\"block\",\"cmdi\":\"block\",\"path\":\"block\"}";
    private static final String XSS = "<script>alert(1)</script>";

    @TempDir
    Path dir;
    private AgentTelemetry telemetry;
    private InputInspectionCheck check;
    private BodyInspection inspection;

    @BeforeEach
    void start() {
        AgentTelemetry.Settings settings = new AgentTelemetry.Settings();
        settings.file = dir.resolve("telemetry.jsonl");
        telemetry = AgentTelemetry.start(settings, Map::of, new FailureLog(new AgentStats()));
        check = new InputInspectionCheck(telemetry);
        inspection = new BodyInspection(check);
    }

    @AfterEach
    void stop() {
        telemetry.close();
    }

    private RequestContext request(FakeExchange exchange, String inputModes, int maxBodyBytes) {
        RequestContext context = new RequestContext(exchange, System.nanoTime(), System.currentTimeMillis(), maxBodyBytes);
        PolicyLoadResult loaded = PolicyLoader.parse(String.format(POLICY, inputModes).getBytes(StandardCharsets.UTF_8),
                Path.of("p.json"));
        assertTrue(loaded.isValid(), loaded.diagnostics().toString());
        Policy policy = loaded.policy();
        context.applyPolicy(policy, policy.resolve(context.method(), context.path()));
        return context;
    }

    private static FakeExchange post(String contentType, String body) {
        return post(contentType, body, null);
    }

    private static FakeExchange post(String contentType, String body, String query) {
        return new FakeExchange("POST", "/api/comments", query).header("X-Request-Id", "req-1")
                .header("Content-Type", contentType)
                .header("Content-Length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
    }

    /** Plays one byte read of the application. */
    private IOException read(RequestContext context, byte[] bytes, int from, int to) {
        context.body().append(bytes, from, to - from);
        return inspection.afterRead(context, 0, false);
    }

    /** The {@code injection.input} records written, as JSON lines. */
    private List<String> events() throws IOException {
        telemetry.close();
        List<String> events = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("telemetry.jsonl"))) {
            if (line.contains("\"event\":\"injection.input\"")) {
                events.add(line);
            }
        }
        return events;
    }

    private static String field(String name, String value) {
        return "\"" + name + "\":\"" + value + "\"";
    }

    @Test
    void aBlockingJsonValueFailsTheReadThatCompletesTheBodyAndAnswers403() throws IOException {
        String body = "{\"post\":{\"tags\":[\"news\",\"" + XSS.replace("\"", "\\\"") + "\"]}}";
        FakeExchange exchange = post("application/json", body);
        RequestContext context = request(exchange, BLOCK, 65536);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertNull(read(context, bytes, 0, 10), "the body is not complete yet");
        assertEquals(0, exchange.answeredStatus);
        IOException blocked = read(context, bytes, 10, bytes.length);
        assertTrue(blocked instanceof BodyBlockedException, String.valueOf(blocked));
        assertFalse(blocked.getMessage().contains("script"), "the message never carries the value");
        assertEquals(403, exchange.answeredStatus);
        assertEquals("{\"error\":\"request_blocked\",\"requestId\":\"req-1\"}", exchange.answeredBody);
        assertEquals("no-store", exchange.answeredHeaders.get("Cache-Control"));
        assertEquals("injection.input", context.blockedReason());
        assertNotNull(inspection.afterRead(context, 0, true), "every later read fails too");
        assertNotNull(inspection.parametersBlocked(context), "and so does getParameter");
        List<String> events = events();
        assertEquals(1, events.size(), events.toString());
        String event = events.get(0);
        assertTrue(event.contains(field("action", "blocked")), event);
        assertTrue(event.contains(field("input.source", "body")), event);
        assertTrue(event.contains(field("input.name", "$.post.tags[1]")), event);
        assertTrue(event.contains(field("category", "xss")), event);
        assertFalse(event.contains("response.committed"), event);
    }

    @Test
    void monitorRecordsTheEventAndTheReadCompletes() throws IOException {
        String body = "{\"host\":\"127.0.0.1;cat /etc/passwd\"}";
        FakeExchange exchange = post("application/json", body);
        RequestContext context = request(exchange, "{\"sqli\":\"off\",\"xss\":\"off\",\"cmdi\":\"monitor\",\"path\":\"off\"}", 65536);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertNull(read(context, bytes, 0, bytes.length));
        assertEquals(0, exchange.answeredStatus);
        assertNull(inspection.parametersBlocked(context));
        assertNull(context.blockedReason());
        List<String> events = events();
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).contains(field("action", "monitored")), events.toString());
        assertTrue(events.get(0).contains(field("category", "cmdi")), events.toString());
        assertTrue(events.get(0).contains(field("input.name", "$.host")), events.toString());
    }

    @Test
    void formValuesAndNamesAreInspectedWithSourceForm() throws IOException {
        String body = "note=hello&%3Csvg%20onload%3Dalert(1)%3E=1&file=..%2F..%2F..%2Fetc%2Fpasswd";
        FakeExchange exchange = post("application/x-www-form-urlencoded; charset=UTF-8", body);
        RequestContext context = request(exchange, "{\"xss\":\"monitor\",\"path\":\"block\"}", 65536);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertTrue(read(context, bytes, 0, bytes.length) instanceof BodyBlockedException);
        assertTrue(inspection.parametersBlocked(context) instanceof ParametersBlockedException);
        List<String> events = events();
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.contains(field("input.source", "form"))
                && e.contains(" (name)\"") && e.contains(field("category", "xss"))
                && e.contains(field("action", "monitored"))), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.contains(field("input.name", "file"))
                && e.contains(field("action", "blocked"))), events.toString());
    }

    @Test
    void benignBodiesAndUninspectedTypesPassWithoutEvents() throws IOException {
        for (String[] typeAndBody : new String[][] {
                {"application/json", "{\"name\":\"O'Reilly\",\"note\":\"1<2 and 3>2\",\"n\":[1,2,true,null]}"},
                {"application/x-www-form-urlencoded", "name=apple&q=select%20your%20options"},
                {"multipart/form-data; boundary=x", "--x\r\n\r\n<script>alert(1)</script>\r\n--x--"},
                {"application/xml", "<a>../../etc/passwd</a>"}}) {
            FakeExchange exchange = post(typeAndBody[0], typeAndBody[1]);
            RequestContext context = request(exchange, BLOCK, 65536);
            byte[] bytes = typeAndBody[1].getBytes(StandardCharsets.UTF_8);
            assertNull(read(context, bytes, 0, bytes.length), typeAndBody[0]);
            assertEquals(0, exchange.answeredStatus, typeAndBody[0]);
        }
        assertEquals(0, events().size());
    }

    @Test
    void aValueTheEntryInspectionSawIsNotRepeatedAndTheEventCapIsPerRequest() throws IOException {
        StringBuilder body = new StringBuilder("{\"same\":\"" + XSS + "\"");
        for (int i = 0; i < 20; i++) {
            body.append(",\"k").append(i).append("\":\"<img src=x onerror=alert(").append(i).append(")>\"");
        }
        body.append('}');
        FakeExchange exchange = post("application/json", body.toString(),
                "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&r=%3Cb%20onmouseover%3Dalert(2)%3E");
        RequestContext context = request(exchange, "{\"xss\":\"monitor\"}", 65536);
        check.onOpen(context);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        assertNull(read(context, bytes, 0, bytes.length));
        List<String> events = events();
        assertEquals(InputInspectionCheck.MAX_EVENTS, events.size(), "entry and body share one cap: " + events);
        assertEquals(2, events.stream().filter(e -> e.contains(field("input.source", "query"))).count());
        assertTrue(events.stream().noneMatch(e -> e.contains(field("input.name", "$.same"))),
                "the query's value is not reported again from the body: " + events);
    }

    @Test
    void theJaxRsEntityPassSkipsValuesTheBodyPassInspected() throws IOException {
        String body = "{\"name\":\"" + XSS + "\"}";
        FakeExchange exchange = post("application/json", body);
        RequestContext context = request(exchange, "\"monitor\"", 65536);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertNull(read(context, bytes, 0, bytes.length));
        check.inspectEntity(context, List.of(
                dev.palisade.detection.sql.RequestInput.of(dev.palisade.detection.sql.InputSource.JSON, "$.name", XSS),
                dev.palisade.detection.sql.RequestInput.of(dev.palisade.detection.sql.InputSource.JSON, "$.other",
                        "<img src=x onerror=alert(1)>")));
        List<String> events = events();
        assertEquals(2, events.size(), events.toString());
        assertEquals(1, events.stream().filter(e -> e.contains(field("input.name", "$.name"))).count(), events.toString());
    }

    @Test
    void aBodyWithoutLengthIsInspectedAtItsEndAndOnlyOnce() throws IOException {
        String body = "{\"q\":\"" + XSS + "\"}";
        FakeExchange exchange = new FakeExchange("POST", "/api/comments", null).header("Content-Type", "application/json");
        RequestContext context = request(exchange, "{\"xss\":\"monitor\"}", 65536);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertNull(read(context, bytes, 0, bytes.length));
        assertNull(context.inspection() == null ? null : InspectionState.peek(context).bodyInspected ? "early" : null,
                "chunked: the end is not known before -1");
        assertNull(inspection.afterRead(context, 0, true));
        assertNull(inspection.afterRead(context, 0, true));
        assertEquals(1, events().size());
    }

    @Test
    void aBodyLargerThanTheCaptureIsInspectedOnWhatWasCaptured() throws IOException {
        String body = "{\"q\":\"" + XSS + "\",\"pad\":\"" + "a".repeat(200) + "\"}";
        FakeExchange exchange = post("application/json", body);
        RequestContext context = request(exchange, BLOCK, 64);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertNull(read(context, bytes, 0, 64), "exactly the cap: not beyond it yet");
        assertTrue(read(context, bytes, 64, 100) instanceof BodyBlockedException, "read past the cap");
    }

    @Test
    void charactersFromAReaderCompleteTheBodyByTheirCountNeverEarly() throws IOException {
        // ISO-8859-1 on the wire: 5 + 1 bytes for "é" each, but re-encoded as UTF-8 for the capture.
        String body = "{\"a\":\"ééééé\",\"q\":\"" + XSS + "\"}";
        FakeExchange exchange = new FakeExchange("POST", "/api/comments", null)
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .header("Content-Length", Integer.toString(body.length()));
        RequestContext context = request(exchange, BLOCK, 65536);
        char[] chars = body.toCharArray();
        int first = chars.length - 8;
        context.body().appendChars(chars, 0, first);
        assertTrue(context.body().totalBytes() >= body.length() - 8 + 5, "the UTF-8 count runs ahead");
        assertNull(inspection.afterRead(context, first, false), "not complete: characters are counted");
        context.body().appendChars(chars, first, chars.length - first);
        assertTrue(inspection.afterRead(context, chars.length - first, false) instanceof BodyBlockedException);
    }

    @Test
    void aCommittedResponseStillFailsTheReadAndTheEventSaysThe403WasNotSent() throws IOException {
        String body = "{\"q\":\"" + XSS + "\"}";
        FakeExchange exchange = post("application/json", body);
        exchange.committed = true;
        RequestContext context = request(exchange, BLOCK, 65536);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertTrue(read(context, bytes, 0, bytes.length) instanceof BodyBlockedException);
        assertFalse(context.answeredByAgent());
        List<String> events = events();
        assertEquals(1, events.size());
        assertTrue(events.get(0).contains("\"response.committed\":true"), events.toString());
    }

    @Test
    void nothingIsKeptWhenInspectionIsOffOrThereIsNoPolicy() {
        String body = "{\"q\":\"" + XSS + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        RequestContext off = request(post("application/json", body), "\"off\"", 65536);
        assertNull(read(off, bytes, 0, bytes.length));
        assertNull(inspection.afterRead(off, 0, true));
        assertNull(off.inspection(), "no state for a request inspection does not apply to");
        RequestContext unprotected = new RequestContext(post("application/json", body), System.nanoTime(),
                System.currentTimeMillis());
        assertNull(read(unprotected, bytes, 0, bytes.length));
        assertNull(inspection.parametersBlocked(unprotected));
    }
}
