package dev.palisade.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JdkToolsTest {

    @Test
    void recognisesJdkToolsByMainClassOrModule() {
        assertTrue(JdkTools.isJdkTool("jdk.jcmd/sun.tools.jcmd.JCmd 1234 Thread.print"));
        assertTrue(JdkTools.isJdkTool("jdk.jartool/sun.tools.jar.Main --version"));
        assertTrue(JdkTools.isJdkTool("sun.tools.jps.Jps"));
        assertTrue(JdkTools.isJdkTool("jdk.compiler/com.sun.tools.javac.Main Foo.java"));
        assertTrue(JdkTools.isJdkTool("sun.security.tools.keytool.Main -list"));
    }

    @Test
    void treatsApplicationsAsApplications() {
        assertFalse(JdkTools.isJdkTool("service.jar --port 8080"));
        assertFalse(JdkTools.isJdkTool("org.springframework.boot.loader.launch.JarLauncher"));
        assertFalse(JdkTools.isJdkTool("org.apache.catalina.startup.Bootstrap start"));
        assertFalse(JdkTools.isJdkTool(null));
        assertFalse(JdkTools.isJdkTool(""));
    }
}
