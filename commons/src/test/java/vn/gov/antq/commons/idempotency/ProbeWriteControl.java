package vn.gov.antq.commons.idempotency;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets a test make the probe's next write fail, answer with an error response instead of writing, or hold it until a
 * number of requests have arrived.
 */
@ApplicationScoped
public class ProbeWriteControl {

    private final AtomicBoolean failNextWrite = new AtomicBoolean();
    private final AtomicBoolean refuseNextWrite = new AtomicBoolean();
    private final AtomicReference<CountDownLatch> arrivals = new AtomicReference<>();

    public void failNextWrite() {
        failNextWrite.set(true);
    }

    /** The next write returns 409 (without throwing) and writes nothing. */
    public void refuseNextWrite() {
        refuseNextWrite.set(true);
    }

    /** Writes wait until this many requests have entered the resource (so all of them are in flight together). */
    public void holdWritesUntilArrived(int requests) {
        arrivals.set(new CountDownLatch(requests));
    }

    public void release() {
        arrivals.set(null);
    }

    void arrived() {
        CountDownLatch latch = arrivals.get();
        if (latch != null) {
            latch.countDown();
        }
    }

    boolean refuse() {
        return refuseNextWrite.compareAndSet(true, false);
    }

    void beforeCommit() {
        CountDownLatch latch = arrivals.get();
        if (latch != null) {
            try {
                if (!latch.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Not all requests arrived; " + latch.getCount() + " missing");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while holding the write", e);
            }
        }
        if (failNextWrite.compareAndSet(true, false)) {
            throw new IllegalStateException("simulated failure after the write");
        }
    }
}
