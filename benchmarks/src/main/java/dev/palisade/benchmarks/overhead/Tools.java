package dev.palisade.benchmarks.overhead;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates, and if needed builds or installs, what the overhead run needs. */
final class Tools {

    private Tools() {
    }

    static void buildIfMissing(Path root, Path app, Path agent) throws IOException, InterruptedException {
        if (Files.exists(app) && Files.exists(agent)) {
            return;
        }
        OverheadRun.say("building the agent and the test app (missing " + (Files.exists(app) ? agent : app) + ")");
        check(OverheadRun.exec(root, List.of("mvn", "-q", "-B", "-DskipTests", "-pl",
                "agent,test-apps/tomcat-jakarta", "-am", "install"), 1800), "mvn install of agent and test app");
    }

    /** {@code wrk} from the Debian package; installed with apt-get only when missing and running as root. */
    static void installWrkIfMissing() throws IOException, InterruptedException {
        if (onPath("wrk")) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("wrk is not installed; install it with: sudo apt-get install -y wrk");
        }
        OverheadRun.say("installing wrk: apt-get install -y wrk");
        Path here = Path.of("").toAbsolutePath();
        if (OverheadRun.exec(here, List.of("apt-get", "install", "-y", "wrk"), 600) != 0) {
            OverheadRun.exec(here, List.of("apt-get", "update"), 600);
            check(OverheadRun.exec(here, List.of("apt-get", "install", "-y", "wrk"), 600), "apt-get install -y wrk");
        }
    }

    /** {@code com.datadoghq:dd-java-agent:<version>} from Maven Central into {@code benchmarks/target/peer}. */
    static Path fetchPeer(Path root, String version) throws IOException, InterruptedException {
        Path dir = root.resolve("benchmarks/target/peer");
        Path jar = dir.resolve("dd-java-agent-" + version + ".jar");
        if (!Files.exists(jar)) {
            OverheadRun.say("fetching com.datadoghq:dd-java-agent:" + version + " from Maven Central");
            check(OverheadRun.exec(root, List.of("mvn", "-q", "-B",
                    "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
                    "-Dartifact=com.datadoghq:dd-java-agent:" + version, "-DoutputDirectory=" + dir), 600),
                    "mvn dependency:copy of dd-java-agent " + version);
        }
        return jar;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void check(int exitCode, String what) {
        if (exitCode != 0) {
            throw new IllegalStateException(what + " failed with exit code " + exitCode);
        }
    }
}
