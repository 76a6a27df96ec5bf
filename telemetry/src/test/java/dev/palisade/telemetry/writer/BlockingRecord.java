package dev.palisade.telemetry.writer;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.palisade.telemetry.record.RecordType;
import dev.palisade.telemetry.record.TelemetryRecord;
import java.util.concurrent.CountDownLatch;

/** Test helper: a record whose encoding holds the writer thread until released. */
public final class BlockingRecord implements TelemetryRecord {

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public RecordType type() {
        return RecordType.AGENT;
    }

    @Override
    public long epochMillis() {
        return 0;
    }

    @Override
    public void writeFields(JsonGenerator json) throws java.io.IOException {
        entered.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        json.writeStringField("event", "blocking");
    }

    /** Waits until the writer thread is stuck in this record. */
    public void awaitWriterInside() throws InterruptedException {
        entered.await();
    }

    /** Lets the writer go on. */
    public void release() {
        release.countDown();
    }
}
