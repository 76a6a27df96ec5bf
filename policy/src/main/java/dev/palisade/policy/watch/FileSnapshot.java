package dev.palisade.policy.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The cheap facts about a file that change when it is edited, replaced by rename or swapped by a
 * symlink flip: size, modification time, file key (inode) and real path. Comparing two snapshots
 * costs a {@code stat}, not a read.
 */
final class FileSnapshot {

    private final long size;
    private final long modifiedMillis;
    private final Object fileKey;
    private final Path realPath;

    private FileSnapshot(long size, long modifiedMillis, Object fileKey, Path realPath) {
        this.size = size;
        this.modifiedMillis = modifiedMillis;
        this.fileKey = fileKey;
        this.realPath = realPath;
    }

    /** The snapshot of {@code file}, following symlinks. */
    static FileSnapshot of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileSnapshot(attributes.size(), attributes.lastModifiedTime().toMillis(), attributes.fileKey(),
                file.toRealPath());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FileSnapshot)) {
            return false;
        }
        FileSnapshot that = (FileSnapshot) other;
        return size == that.size && modifiedMillis == that.modifiedMillis && Objects.equals(fileKey, that.fileKey)
                && realPath.equals(that.realPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, modifiedMillis, fileKey, realPath);
    }
}
