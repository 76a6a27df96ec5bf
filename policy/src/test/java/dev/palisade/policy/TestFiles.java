package dev.palisade.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Locates the repository's shipped files and the test corpus from the module directory. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The repository root (the module's parent directory; Surefire runs tests in the module directory). */
    public static Path repositoryRoot() {
        Path module = Path.of("").toAbsolutePath();
        return module.getParent();
    }

    /** The {@code examples} directory at the repository root. */
    public static Path examples() {
        return repositoryRoot().resolve("examples");
    }

    /** A directory of test documents under {@code src/test/resources}. */
    public static Path corpus(String name) {
        return Path.of("src", "test", "resources", name).toAbsolutePath();
    }

    /** The {@code .json} files of {@code directory}, sorted. */
    public static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the {@code .expected} file next to {@code document}. */
    public static List<String> expectedLines(Path document) {
        String name = document.getFileName().toString().replaceAll("\\.json$", ".expected");
        try {
            return Files.readAllLines(document.resolveSibling(name));
        } catch (IOException e) {
            throw new UncheckedIOException("every test document needs a " + name, e);
        }
    }
}
