package dev.palisade.instrumentation;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The class-file transformer registered at {@code premain}: it rejects almost every class with
 * {@link CandidateFilter} and hands only candidates to Byte Buddy's transformer, which is built on a
 * background thread meanwhile.
 *
 * <p>Why: building Byte Buddy's transformer loads about 800 classes (including a class Byte Buddy
 * generates for the module-aware {@code transform} signature), which took a few hundred
 * milliseconds of {@code premain}, and Byte Buddy's matching on every class the application loads
 * cost more. Now the JVM starts the application while Byte Buddy loads on the other core, and a
 * class load only waits for it when the class could actually need advice (for a servlet container,
 * when its first servlet, filter or request stream class loads). No class is skipped because Byte
 * Buddy was not ready: a candidate waits for it.
 *
 * <p>The wait is bounded ({@link #READY_TIMEOUT_SECONDS}) so that an unforeseen lock cycle between
 * the waiting class load and the background thread cannot hang the host; a class that gave up
 * waiting is reported as a failed transformation, loudly, like any other.
 */
final class PrefilteredTransformer implements ClassFileTransformer {

    static final long READY_TIMEOUT_SECONDS = 60;

    private final CandidateFilter filter;
    private final InstrumentationEvents events;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile ClassFileTransformer delegate;
    private volatile Throwable initFailure;
    private volatile Thread initThread;

    PrefilteredTransformer(CandidateFilter filter, InstrumentationEvents events) {
        this.filter = filter;
        this.events = events;
    }

    /** Called once by the thread that builds Byte Buddy's transformer, before {@link #ready}. */
    void initializing(Thread thread) {
        this.initThread = thread;
    }

    /** Byte Buddy's transformer is built; candidates go to it from now on. */
    void ready(ClassFileTransformer byteBuddy) {
        this.delegate = byteBuddy;
        ready.countDown();
    }

    /** Byte Buddy's transformer could not be built; candidates are left alone (the failure was logged). */
    void failed(Throwable failure) {
        this.initFailure = failure;
        ready.countDown();
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        try {
            if (className == null || filter.ignoredByName(className)) {
                return null;
            }
            if (classBeingRedefined == null && !filter.isCandidate(loader, classfileBuffer)) {
                return null;
            }
            ClassFileTransformer byteBuddy = awaitDelegate(className, loader);
            if (byteBuddy == null) {
                return null;
            }
            return byteBuddy.transform(module, loader, className, classBeingRedefined, protectionDomain,
                    classfileBuffer);
        } catch (Throwable t) {
            // Byte Buddy reports its own failures through the listener; this is only our own code.
            reportFailure(className, loader, t);
            return null;
        }
    }

    private ClassFileTransformer awaitDelegate(String className, ClassLoader loader) {
        ClassFileTransformer byteBuddy = delegate;
        if (byteBuddy != null) {
            return byteBuddy;
        }
        if (Thread.currentThread() == initThread) {
            // Only JDK and Byte Buddy classes (all ignored by name) load on that thread, so this is
            // not expected; waiting for ourselves would never end, so report it instead.
            reportFailure(className, loader, new IllegalStateException(
                    "loaded while the instrumentation was being built"));
            return null;
        }
        if (!awaitReady()) {
            reportFailure(className, loader, new IllegalStateException(
                    "the instrumentation was not ready after " + READY_TIMEOUT_SECONDS + " s"));
            return null;
        }
        if (initFailure != null) {
            return null;
        }
        return delegate;
    }

    /** Waits for {@link #ready} without giving up on an interrupt, which it passes on afterwards. */
    private boolean awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return ready.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void reportFailure(String className, ClassLoader loader, Throwable failure) {
        try {
            events.transformFailed(className == null ? "?" : className.replace('/', '.'), loader, failure);
        } catch (Throwable ignored) {
            // the listener must not throw; nothing more to do during class loading
        }
    }
}
