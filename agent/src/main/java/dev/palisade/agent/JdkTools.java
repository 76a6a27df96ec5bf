package dev.palisade.agent;

/**
 * Recognises JDK tools (jcmd, jps, jstack, javac, jar, keytool, jshell, …) that pick up the agent
 * through {@code JAVA_TOOL_OPTIONS}. The agent does nothing in them: they serve no HTTP requests
 * and should not pay for, or be disturbed by, instrumentation.
 */
final class JdkTools {

    private static final String[] TOOL_PREFIXES = {
        "sun.tools.", "com.sun.tools.", "jdk.internal.", "sun.security.tools.", "jdk.jshell.",
        "sun.jvm.hotspot.", "jdk.jcmd/", "jdk.jartool/", "jdk.compiler/", "jdk.jshell/", "jdk.jdeps/",
        "jdk.javadoc/", "jdk.jlink/", "jdk.jpackage/", "jdk.jconsole/", "jdk.jstatd/", "java.base/sun.",
        "jdk.hotspot.agent/", "jdk.jdi/", "jdk.jfr/", "jdk.management.agent/", "java.rmi/"
    };

    private JdkTools() {
    }

    /** Whether {@code sun.java.command} (main class or module/class and arguments) names a JDK tool. */
    static boolean isJdkTool(String javaCommand) {
        if (javaCommand == null || javaCommand.isEmpty()) {
            return false;
        }
        String main = javaCommand.split(" ", 2)[0];
        for (String prefix : TOOL_PREFIXES) {
            if (main.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
