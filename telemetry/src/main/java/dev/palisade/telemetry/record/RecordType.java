package dev.palisade.telemetry.record;

/** The kinds of telemetry line; {@link #jsonName()} is the value of each line's {@code type} field. */
public enum RecordType {
    /** Per route and method, per interval: traffic, latency, statuses, blocks. */
    ENDPOINT("endpoint"),
    /** One security decision that blocked, or in monitor mode would have blocked, a request. */
    SECURITY("security"),
    /** Agent lifecycle and health: started, policy reloads, failures, periodic stats, stopped. */
    AGENT("agent"),
    /** Per interval, every route served since start, with its policy coverage. */
    INVENTORY("inventory");

    private final String jsonName;

    RecordType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The {@code type} value written on each line. */
    public String jsonName() {
        return jsonName;
    }
}
