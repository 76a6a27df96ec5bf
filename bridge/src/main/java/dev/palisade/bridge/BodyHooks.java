package dev.palisade.bridge;

import java.io.IOException;

/**
 * What the runtime does with request-body data as the application reads it. Must not throw.
 *
 * <p>The read methods return {@code null} to let the read complete as it did, or the exception the
 * read must fail with instead: the request was blocked by what its body holds (issue 8), and the
 * application must not go on with the body.
 */
public interface BodyHooks {

    /** {@code length} bytes the application just read from the request body into {@code buffer}. */
    IOException bytesRead(byte[] buffer, int offset, int length);

    /** Characters the application just read through {@code getReader()}. */
    IOException charsRead(char[] buffer, int offset, int length);

    /** A read of the body returned -1: the application has seen all of it. */
    IOException endOfBody();

    /**
     * Called after {@code getParameter*} returned: the exception those calls must throw because the
     * request's form body was blocked (the container parsed it), or {@code null}.
     */
    RuntimeException parametersBlocked();

    /** Whether a request is being served on this thread (capture is pointless otherwise). */
    boolean capturing();

    BodyHooks NONE = new BodyHooks() {
        @Override
        public IOException bytesRead(byte[] buffer, int offset, int length) {
            return null;
        }

        @Override
        public IOException charsRead(char[] buffer, int offset, int length) {
            return null;
        }

        @Override
        public IOException endOfBody() {
            return null;
        }

        @Override
        public RuntimeException parametersBlocked() {
            return null;
        }

        @Override
        public boolean capturing() {
            return false;
        }
    };
}
