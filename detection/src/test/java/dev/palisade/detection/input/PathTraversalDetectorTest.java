package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTraversalDetectorTest {
    private static Detection path(String value) {
        return Inspect.with(Category.PATH, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "%252e%252e%252f%252e%252e%252f",
        "..%c0%af..%c0%afetc%c0%afpasswd",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/boot.ini",
        "%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd",
        "....//....//etc/passwd",
        "..;/..;/WEB-INF/web.xml",
        "/static/img/../../etc/shadow",
        "/etc/passwd",
        "/proc/self/environ",
        "c:\\windows\\win.ini",
        "C:/boot.ini",
        "file:///etc/passwd",
        "php://filter/convert.base64-encode/resource=index.php",
        "../../../../etc/passwd%00.jpg",
        "image.php%00.png",
        "/.env",
        "Li4vLi4vLi4vZXRjL3Bhc3N3ZA==",
        "0x2e0x2e0x2f0x2e0x2e0x2fetc0x2fpasswd",
    })
    void detectsTraversalAndSensitiveFiles(String value) {
        assertNotNull(path(value), Inspect.describe(Category.PATH, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "img/logo.png",
        "docs/2024/report.pdf",
        "https://example.com/a/b/c?x=1",
        "/api/v1/users/42",
        "/css/style.css",
        "foo../bar",
        "/get/foo.../1234",
        "wait... what?",
        "and/or",
        "2024/01/02",
        "let me know about the laundry../bin & cleaning supplies",
        "junk <a href=\"../\">foo.com</a>",
        "/.well-known/security.txt",
        ">/tmp",
        "see /dev/null for details",
        "firstname.lastname@host.tld",
        "{\"path\": \"assets/app.js\"}",
    })
    void leavesOrdinaryPathsAndUrlsAlone(String value) {
        assertNull(path(value), Inspect.describe(Category.PATH, value));
    }

    @Test
    void ratesATraversalToASensitiveFileHigh() {
        Detection d = path("../../etc/passwd");
        assertEquals(Confidence.HIGH, d.confidence());
        assertEquals("path.traversal_to_sensitive_file", d.reason());
    }

    /**
     * A Java web application's own secrets: a servlet container never serves {@code WEB-INF} or
     * {@code META-INF}, so a value naming a file there is a parameter used to read files.
     */
    @Test
    void reportsTheJavaWebApplicationsOwnFiles() {
        assertEquals(Confidence.HIGH, path("/WEB-INF/web.xml").confidence());
        assertEquals("path.sensitive_file", path("/WEB-INF/web.xml").reason());
        assertEquals(Confidence.MEDIUM, path("WEB-INF/classes/db.properties").confidence());
        assertEquals(Confidence.HIGH, path("../WEB-INF/lib/app.jar").confidence());
        assertNotNull(path("/META-INF/context.xml"));
        assertNotNull(path("conf/tomcat-users.xml"));
        assertNull(path("the WEB-INF folder holds web.xml"));
        assertNull(path("META-INF/services/org.example.Plugin"));
        assertNull(path("src/main/resources/application.properties"));
    }

    /** A lone {@code ../} is a relative link; one that had to be decoded first is a traversal probe. */
    @Test
    void reportsALoneParentReferenceOnlyWhenItWasEncoded() {
        InputInspector inspector = InputInspector.create(java.util.EnumSet.of(Category.PATH));
        for (String probe : new String[] {"%2e%2e%2f", "..%2f", "%252e%252e%252f", "%c0%ae%c0%ae/", "..%5c"}) {
            Detection d = inspector.inspect(probe).detection(Category.PATH);
            assertNotNull(d, probe);
            assertEquals("path.encoded_traversal", d.reason(), probe);
            assertEquals(Confidence.LOW, d.confidence(), probe);
        }
        assertTrue(inspector.inspect("../").isClean());
        assertTrue(inspector.inspect("a..%2fb").isClean(), "not a whole segment");
        assertTrue(inspector.inspect("50%25 off..%20really").isClean());
    }

    @Test
    void readsSqlDumpsButNotJavaNamesWithSqlInThem() {
        assertEquals("path.backup_or_log_file", path("backup/dump.sql").reason());
        assertEquals("path.backup_or_log_file", path("backup/dump.sql.gz").reason());
        assertEquals("path.backup_or_log_file", path("/backup/db.sql.bak").reason());
        assertNull(path("META-INF/services/java.sql.Driver"));
        assertNull(path("reports/java.sql.Timestamp"));
    }

    @Test
    void mapsEvidenceBackToTheInspectedString() {
        String inspected = new InputNormalizer().normalize("..0x2f..0x2fboot.ini").text();
        Detection d = new PathTraversalDetector().detect(inspected);
        assertNotNull(d);
        assertEquals("..0x2f..0x2fboot.ini", inspected.substring(d.start(), d.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/@id/__x00__virtual:app", "/@fs/home/dev/project/.env.local", "/@fs/C:/Users/a/secret.txt"})
    void detectsViteDevServerFileRoutes(String value) {
        Detection d = path(value);
        assertNotNull(d, value);
        assertEquals("path.dev_server_route", d.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/node_modules/@fs/core/index.js", "/@id/react", "/@fsx/docs", "mail me @fs/team"})
    void leavesScopedPackagesAndOtherAtRoutesAlone(String value) {
        assertNull(path(value), value);
    }
}
