package dev.palisade.telemetry.writer;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A JSON Lines file that rotates by size and only ever writes whole lines.
 *
 * <p><b>Naming.</b> The active file keeps its name ({@code telemetry.jsonl}). On rotation it becomes
 * {@code telemetry.1.jsonl}, the previous {@code .1} becomes {@code .2}, and so on; the oldest beyond
 * {@code maxFiles - 1} is deleted. So {@code maxFiles} counts the active file too, and a higher number
 * means older. A name without the {@code .jsonl} extension gets the number appended
 * ({@code telemetry.log.1}).
 *
 * <p><b>Whole lines.</b> Lines are collected in a buffer and written with one {@code write} call that
 * starts and ends at a line boundary; a line larger than the buffer is written alone, also in one call.
 * Rotation happens between such writes, so no line is ever split across files, and a file is never
 * larger than {@code maxBytes} unless a single line is. A reader that reads up to the last newline sees
 * whole lines only. When appending to an existing file whose last line was torn (a crash), a newline is
 * written first so the first new line starts clean.
 *
 * <p><b>Errors.</b> After an I/O error the buffered lines are discarded (counted in {@link #linesLost()})
 * and the next append tries to reopen the file. Not thread-safe: the writer thread owns it.
 */
public final class RotatingFile implements AutoCloseable {

    /** Size of the line buffer; also the most a tailing reader can lag behind an idle writer. */
    public static final int BUFFER_BYTES = 64 * 1024;

    private static final String EXTENSION = ".jsonl";

    private final Path active;
    private final long maxBytes;
    private final int maxFiles;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int buffered;
    private int bufferedLines;
    private OutputStream out;
    private long size;
    private long rotations;
    private long linesLost;

    /**
     * Opens (creating directories as needed) or appends to {@code active}.
     *
     * @param maxBytes size at which the file rotates; at least 1
     * @param maxFiles files kept including the active one; 1 means the active file is truncated
     */
    public RotatingFile(Path active, long maxBytes, int maxFiles) throws IOException {
        if (maxBytes < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("maxBytes and maxFiles must be at least 1");
        }
        this.active = active.toAbsolutePath();
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
        open();
    }

    /** The path of generation {@code n} of {@code active}: 0 is the active file, 1 the newest rotated. */
    public static Path generation(Path active, int n) {
        if (n == 0) {
            return active;
        }
        String name = active.getFileName().toString();
        String rotated = name.endsWith(EXTENSION)
                ? name.substring(0, name.length() - EXTENSION.length()) + "." + n + EXTENSION
                : name + "." + n;
        return active.resolveSibling(rotated);
    }

    /** Appends one complete line (it must end with {@code '\n'}). */
    public void append(byte[] line) throws IOException {
        try {
            ensureOpen();
            long pendingSize = size + buffered;
            if (pendingSize > 0 && pendingSize + line.length > maxBytes) {
                flush();
                rotate();
            }
            if (buffered + line.length > buffer.length) {
                flush();
            }
            if (line.length > buffer.length) {
                out.write(line);
                size += line.length;
                return;
            }
            System.arraycopy(line, 0, buffer, buffered, line.length);
            buffered += line.length;
            bufferedLines++;
        } catch (IOException e) {
            linesLost++;
            fail();
            throw e;
        }
    }

    /** Writes the buffered lines with one write call. */
    public void flush() throws IOException {
        if (buffered == 0) {
            return;
        }
        try {
            ensureOpen();
            out.write(buffer, 0, buffered);
            size += buffered;
            buffered = 0;
            bufferedLines = 0;
        } catch (IOException e) {
            fail();
            throw e;
        }
    }

    /** Bytes in the active file, including buffered lines. */
    public long size() {
        return size + buffered;
    }

    /** Rotations since opening. */
    public long rotations() {
        return rotations;
    }

    /** Lines discarded because of I/O errors. */
    public long linesLost() {
        return linesLost;
    }

    /** The active file's path. */
    public Path path() {
        return active;
    }

    /** Flushes and closes; further appends reopen the file. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            closeQuietly();
        }
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            open();
        }
    }

    private void open() throws IOException {
        Path parent = active.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean tornTail = endsWithoutNewline(active);
        out = new FileOutputStream(active.toFile(), true);
        size = Files.size(active);
        if (tornTail) {
            out.write('\n');
            size++;
        }
    }

    private void rotate() throws IOException {
        closeQuietly();
        if (maxFiles == 1) {
            Files.deleteIfExists(active);
        } else {
            Files.deleteIfExists(generation(active, maxFiles - 1));
            for (int n = maxFiles - 2; n >= 0; n--) {
                Path from = generation(active, n);
                if (Files.exists(from)) {
                    Files.move(from, generation(active, n + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        rotations++;
        open();
    }

    private void fail() {
        linesLost += bufferedLines;
        buffered = 0;
        bufferedLines = 0;
        closeQuietly();
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // The stream is being abandoned; a close failure adds nothing to report.
            }
            out = null;
        }
    }

    private static boolean endsWithoutNewline(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(raf.length() - 1);
            return raf.read() != '\n';
        }
    }
}
