package dev.palisade.agent;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;

/**
 * Puts the bridge ({@code dev.palisade.bridge}) on the bootstrap class path, so advice inlined into
 * any class loader's classes can call it. The bridge travels in the agent jar as a nested jar and is
 * written to a temporary file first, because the JVM only appends real jar files.
 */
final class BootstrapBridge {

    static final String RESOURCE = "META-INF/palisade/palisade-bridge.jar";

    private BootstrapBridge() {
    }

    static void appendTo(Instrumentation instrumentation) throws IOException {
        File jar = File.createTempFile("palisade-bridge-", ".jar");
        jar.deleteOnExit();
        try (InputStream in = BootstrapBridge.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the agent jar (a broken build?)");
            }
            Files.copy(in, jar.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }
        instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jar));
    }
}
