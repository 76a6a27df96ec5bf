package dev.palisade.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.palisade.instrumentation.grizzly.GrizzlyInstrumentationModule;
import dev.palisade.instrumentation.jaxrs.JaxRsInstrumentationModule;
import dev.palisade.instrumentation.jdbc.JdbcInstrumentationModule;
import dev.palisade.instrumentation.jdkhttp.JdkHttpServerInstrumentationModule;
import dev.palisade.instrumentation.servlet.ServletInstrumentationModule;

/**
 * The candidate filter must never reject a class that Byte Buddy's matchers would instrument: for
 * each module, the classes its real Byte Buddy transformer rewrites are checked against the filter
 * built from that module's rules.
 */
class CandidateFilterTest {

    private static final List<String> CLASSES = Arrays.asList(
            "fixtures.candidates.ServiceOverridingServlet", "fixtures.candidates.DoGetServlet",
            "fixtures.candidates.PassFilter", "fixtures.candidates.BodyStream", "fixtures.candidates.ReaderRequest",
            "fixtures.candidates.ParameterRequest", "fixtures.candidates.BaseStatement", "fixtures.candidates.PreparingConnection",
            "fixtures.candidates.CallsJdbc", "fixtures.candidates.JdkHandler", "fixtures.candidates.ResourceApi",
            "fixtures.candidates.ResourceImpl", "fixtures.candidates.Plain",
            // the servlet API's own classes, which the servlet modules instrument too
            "jakarta.servlet.http.HttpServlet", "jakarta.servlet.GenericServlet", "jakarta.servlet.ServletInputStream",
            "jakarta.servlet.ServletRequestWrapper", "jakarta.servlet.Servlet");

    private static List<InstrumentationModule> allModules() {
        return Arrays.asList(ServletInstrumentationModule.javax(), ServletInstrumentationModule.jakarta(),
                new JdbcInstrumentationModule(), JaxRsInstrumentationModule.javax(), JaxRsInstrumentationModule.jakarta(),
                new JdkHttpServerInstrumentationModule(), new GrizzlyInstrumentationModule());
    }

    @Test
    void everyClassAModuleInstrumentsIsACandidateForThatModule() throws IOException {
        Set<String> transformedByAny = new TreeSet<>();
        for (InstrumentationModule module : allModules()) {
            Set<String> transformed = transformedBy(module);
            CandidateFilter filter = new CandidateFilter(module.candidates());
            for (String name : transformed) {
                assertTrue(filter.isCandidate(loader(), bytes(name)), module.name() + " instruments " + name
                        + " but its candidate rules reject it");
            }
            transformedByAny.addAll(transformed);
        }
        // The fixtures exercise every kind of rule; if Byte Buddy stops matching them the test says so.
        assertEquals(new TreeSet<>(Arrays.asList("fixtures.candidates.BaseStatement", "fixtures.candidates.BodyStream",
                "fixtures.candidates.JdkHandler", "fixtures.candidates.PassFilter",
                "fixtures.candidates.PreparingConnection", "fixtures.candidates.ReaderRequest",
                "fixtures.candidates.ParameterRequest", "fixtures.candidates.ResourceApi", "fixtures.candidates.ResourceImpl",
                "fixtures.candidates.ServiceOverridingServlet", "jakarta.servlet.ServletInputStream",
                "jakarta.servlet.ServletRequestWrapper",
                "jakarta.servlet.http.HttpServlet")), transformedByAny);
    }

    @Test
    void classesThatOnlyCallOrResembleTheMethodsAreRejected() throws IOException {
        List<CandidateRule> rules = new ArrayList<>();
        for (InstrumentationModule module : allModules()) {
            if (!module.name().startsWith("jaxrs")) {
                rules.addAll(module.candidates());
            }
        }
        CandidateFilter filter = new CandidateFilter(rules);
        for (String name : Arrays.asList("fixtures.candidates.CallsJdbc", "fixtures.candidates.DoGetServlet",
                "fixtures.candidates.Plain", "fixtures.candidates.ResourceImpl")) {
            assertFalse(filter.isCandidate(loader(), bytes(name)), name);
        }
        assertTrue(filter.isCandidate(loader(), bytes("fixtures.candidates.PassFilter")));
    }

    @Test
    void loaderChecksApply() throws IOException {
        CandidateFilter filter = new CandidateFilter(ServletInstrumentationModule.javax().candidates());
        // javax.servlet is not on this test's class path: a jakarta-shaped filter is no javax candidate,
        // and neither is anything on the bootstrap class path.
        assertFalse(filter.isCandidate(loader(), bytes("fixtures.candidates.PassFilter")));
        CandidateFilter jaxrs = new CandidateFilter(JaxRsInstrumentationModule.jakarta().candidates());
        assertTrue(jaxrs.isCandidate(loader(), bytes("fixtures.candidates.Plain")), "any class where JAX-RS is visible");
        assertFalse(jaxrs.isCandidate(null, bytes("fixtures.candidates.Plain")));
    }

    @Test
    void unreadableBytesAreCandidates() {
        CandidateFilter filter = new CandidateFilter(new JdbcInstrumentationModule().candidates());
        assertTrue(filter.isCandidate(loader(), new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0}));
        assertTrue(filter.isCandidate(loader(), new byte[] {1, 2, 3}));
    }

    @Test
    void namesOfIgnoredPackagesAreRejectedByName() {
        CandidateFilter filter = new CandidateFilter(new JdbcInstrumentationModule().candidates());
        assertTrue(filter.ignoredByName("java/sql/DriverManager"));
        assertTrue(filter.ignoredByName("dev/palisade/agent/AgentRuntime"));
        assertTrue(filter.ignoredByName("com/example/Service$$EnhancerBySpringCGLIB$$1"));
        assertFalse(filter.ignoredByName("org/h2/jdbc/JdbcStatement"));
    }

    private static Set<String> transformedBy(InstrumentationModule module) throws IOException {
        RecordingEvents events = new RecordingEvents();
        ClassFileTransformer byteBuddy = new Instrumenter(List.of(module), events).adviceTransformer();
        for (String name : CLASSES) {
            try {
                byteBuddy.transform(loader(), name.replace('.', '/'), null, null, bytes(name));
            } catch (java.lang.instrument.IllegalClassFormatException e) {
                throw new AssertionError(e);
            }
        }
        return events.transformed;
    }

    private static ClassLoader loader() {
        return CandidateFilterTest.class.getClassLoader();
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = loader().getResourceAsStream(name.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
