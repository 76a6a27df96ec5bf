package dev.palisade.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.nameContains;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Types never instrumented, decided by name alone (no class file is parsed for them). This runs on
 * every class load, so it lists the JDK, the agent, Byte Buddy (ours and the application's),
 * generated proxies, and large libraries known to define no servlet, filter, JAX-RS resource or
 * JDBC driver class. Replacing Byte Buddy's default ignore matcher, it re-adds the JDK itself.
 */
final class IgnoredTypes {

    private static final String[] PREFIXES = {
        // JDK and the agent
        "java.", "javax.management.", "javax.crypto.", "javax.security.", "javax.xml.", "javax.naming.",
        "jdk.", "sun.", "com.sun.", "net.bytebuddy.", "dev.palisade.",
        // libraries without HTTP entry points or JDBC drivers
        "com.fasterxml.jackson.", "org.slf4j.", "ch.qos.logback.", "org.apache.logging.log4j.",
        "org.apache.commons.", "com.google.common.", "com.google.gson.", "org.yaml.snakeyaml.",
        "org.objectweb.asm.", "org.aspectj.", "kotlin.", "kotlinx.", "scala.", "groovy.", "org.codehaus.groovy.",
        "io.micrometer.", "io.netty.", "reactor.", "org.reactivestreams.", "org.hibernate.validator.",
        "org.apache.tomcat.util.", "org.apache.coyote.", "org.apache.juli.", "org.apache.el.", "org.apache.naming.",
        "org.springframework.asm.", "org.springframework.cglib.", "org.springframework.core.",
        "org.springframework.beans.", "org.springframework.aop.", "org.springframework.expression.",
        "org.springframework.util.", "org.springframework.context.",
    };

    private IgnoredTypes() {
    }

    /** The ignored package prefixes (binary names, dot-separated). */
    static String[] prefixes() {
        return PREFIXES.clone();
    }

    static ElementMatcher.Junction<TypeDescription> matcher() {
        ElementMatcher.Junction<TypeDescription> matcher = nameContains("$$");
        for (String prefix : PREFIXES) {
            matcher = matcher.or(nameStartsWith(prefix));
        }
        return matcher;
    }
}
