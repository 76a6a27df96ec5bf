package dev.palisade.agent.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The application's stack frames that issued a query: the innermost frames whose class is not part
 * of the JDK, the agent, a servlet container, a connection pool, a JDBC driver or a data-access
 * framework. Only walked when an event is written, never on the clean path.
 */
final class ApplicationFrames {

    static final int MAX_FRAMES = 10;

    private static final String[] FRAMEWORK_PREFIXES = {
        "java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.", "dev.palisade.", "net.bytebuddy.",
        // containers
        "org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.", "org.eclipse.jetty.", "io.undertow.",
        // pools
        "com.zaxxer.hikari.", "org.apache.commons.dbcp", "org.apache.tomcat.jdbc.", "com.mchange.v2.", "org.vibur.",
        // drivers
        "org.h2.", "org.hsqldb.", "org.postgresql.", "org.mariadb.", "com.mysql.", "org.sqlite.", "oracle.jdbc.",
        "com.microsoft.sqlserver.", "org.apache.derby.", "net.sourceforge.jtds.", "com.ibm.db2.",
        // data-access and web frameworks
        "org.springframework.", "org.hibernate.", "org.jooq.", "org.apache.ibatis.", "org.mybatis.",
        "org.jdbi.", "org.glassfish.jersey.", "org.jboss.resteasy.", "io.micrometer.", "io.opentelemetry.",
    };

    private ApplicationFrames() {
    }

    /** Up to {@value #MAX_FRAMES} frames as {@code class.method(File.java:line)}, innermost first. */
    static List<String> current() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> isApplication(frame.getClassName()))
                .limit(MAX_FRAMES)
                .map(frame -> frame.getClassName() + "." + frame.getMethodName() + "("
                        + (frame.getFileName() == null ? "Unknown Source" : frame.getFileName())
                        + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "") + ")")
                .collect(Collectors.toCollection(ArrayList::new)));
    }

    static boolean isApplication(String className) {
        for (String prefix : FRAMEWORK_PREFIXES) {
            if (className.startsWith(prefix)) {
                return false;
            }
        }
        // Generated proxies and lambdas of frameworks (HikariProxyStatement is covered above).
        return !className.contains("$$") && !className.startsWith("$Proxy");
    }
}
