package dev.palisade.benchmarks.overhead;

import java.util.List;

/** One way of starting the test app: a short key ("a".."d"), a name for the report, and the JVM options. */
record Configuration(String key, String name, List<String> jvmOptions) {

    @Override
    public String toString() {
        return "(" + key + ") " + name;
    }
}
