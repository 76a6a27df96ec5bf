package dev.palisade.bridge;

/** What the runtime does with request-body data as the application reads it. Must not throw. */
public interface BodyHooks {

    /** {@code length} bytes the application just read from the request body into {@code buffer}. */
    void bytesRead(byte[] buffer, int offset, int length);

    /** Characters the application just read through {@code getReader()}. */
    void charsRead(char[] buffer, int offset, int length);

    /** Whether a request is being served on this thread (capture is pointless otherwise). */
    boolean capturing();

    BodyHooks NONE = new BodyHooks() {
        @Override
        public void bytesRead(byte[] buffer, int offset, int length) {
        }

        @Override
        public void charsRead(char[] buffer, int offset, int length) {
        }

        @Override
        public boolean capturing() {
            return false;
        }
    };
}
