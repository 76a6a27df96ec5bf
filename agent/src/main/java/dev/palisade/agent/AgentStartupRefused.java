package dev.palisade.agent;

/**
 * Thrown inside agent start-up when the JVM must not start (an unusable policy without
 * {@code failOpen}); {@link PalisadeAgent} prints the message and halts with {@link #exitStatus()}.
 */
final class AgentStartupRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** Exit status of a JVM stopped because its policy was unusable ({@code EX_CONFIG} from sysexits). */
    static final int EXIT_STATUS = 78;

    AgentStartupRefused(String message) {
        super(message, null, false, false);
    }

    int exitStatus() {
        return EXIT_STATUS;
    }
}
