package kist.serve;

import java.time.Duration;

/**
 * Turns a stream of change reports into builds: a burst of changes (an editor saving) becomes one
 * build once the sources were quiet for {@code quiet}; one build runs at a time, and changes
 * reported while it runs cause exactly one more.
 */
final class BuildLoop implements AutoCloseable {
    /** A source that never stops changing (a tool writing into content/) still gets built this often. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final long quietNanos;
    private final Runnable build;
    private final Thread thread;
    private boolean pending;
    private boolean building;
    private boolean closed;
    private long firstChange;
    private long lastChange;

    BuildLoop(Duration quiet, Runnable build) {
        this.quietNanos = quiet.toNanos();
        this.build = build;
        this.thread = new Thread(this::run, "kist-serve-build");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Reports a change; cheap, and safe from any thread. */
    synchronized void changed() {
        long now = System.nanoTime();
        if (!pending) {
            firstChange = now;
        }
        pending = true;
        lastChange = now;
        notifyAll();
    }

    /** For tests: a change is waiting for its build. */
    synchronized boolean isPending() {
        return pending;
    }

    /** For tests: waits up to {@code timeout} until no build runs or waits; false when it did not happen. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending || building) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private void run() {
        try {
            while (awaitQuietChange()) {
                try {
                    build.run();
                } finally {
                    synchronized (this) {
                        building = false;
                        notifyAll();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a change and then for quiet; false when the loop was closed. */
    private synchronized boolean awaitQuietChange() throws InterruptedException {
        while (!pending && !closed) {
            wait();
        }
        while (!closed) {
            long now = System.nanoTime();
            long quietLeft = lastChange + quietNanos - now;
            long patienceLeft = firstChange + LONGEST_WAIT.toNanos() - now;
            long left = Math.min(quietLeft, patienceLeft);
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        if (closed) {
            return false;
        }
        pending = false;
        building = true;
        return true;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
