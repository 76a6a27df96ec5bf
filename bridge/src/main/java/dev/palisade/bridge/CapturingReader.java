package dev.palisade.bridge;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * A {@link BufferedReader} that passes every call straight to the container's reader and reports
 * the characters read. It adds no buffering of its own: each method delegates, so what the
 * application sees is exactly what it would see without the agent, exceptions included — except
 * when the runtime blocks the request on its body: then the read that completed the body throws
 * the runtime's {@link IOException} instead of returning (issue 8).
 */
final class CapturingReader extends BufferedReader {

    private final BufferedReader delegate;

    CapturingReader(BufferedReader delegate) {
        super(delegate, 1);
        this.delegate = delegate;
    }

    @Override
    public int read() throws IOException {
        int c = delegate.read();
        failIfBlocked(c >= 0 ? BodyBridge.charsRead(new char[] {(char) c}, 0, 1) : BodyBridge.endOfChars());
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = delegate.read(buffer, offset, length);
        if (count > 0) {
            failIfBlocked(BodyBridge.charsRead(buffer, offset, count));
        } else if (count < 0) {
            failIfBlocked(BodyBridge.endOfChars());
        }
        return count;
    }

    @Override
    public String readLine() throws IOException {
        String line = delegate.readLine();
        if (line != null) {
            char[] chars = (line + "\n").toCharArray();
            failIfBlocked(BodyBridge.charsRead(chars, 0, chars.length));
        } else {
            failIfBlocked(BodyBridge.endOfChars());
        }
        return line;
    }

    private static void failIfBlocked(IOException blocked) throws IOException {
        if (blocked != null) {
            throw blocked;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        return delegate.skip(n);
    }

    @Override
    public boolean ready() throws IOException {
        return delegate.ready();
    }

    @Override
    public boolean markSupported() {
        return delegate.markSupported();
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        delegate.mark(readAheadLimit);
    }

    @Override
    public void reset() throws IOException {
        delegate.reset();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
