package dev.palisade.telemetry.record;

/** What Palisade did about a security decision. */
public enum SecurityAction {
    /** The request or statement was stopped. */
    BLOCKED("blocked"),
    /** Monitor mode: nothing was stopped; the event says what would have been. */
    MONITORED("monitored");

    private final String jsonName;

    SecurityAction(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The {@code action} value written on the line. */
    public String jsonName() {
        return jsonName;
    }
}
