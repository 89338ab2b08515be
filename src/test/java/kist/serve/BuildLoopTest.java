package kist.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The build loop alone, fed change reports directly: bursts, and changes while a build runs. */
class BuildLoopTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aBurstOfChangesIsOneBuild() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        try (BuildLoop loop = new BuildLoop(Duration.ofMillis(500), builds::incrementAndGet)) {
            loop.start();
            for (int i = 0; i < 1000; i++) {
                loop.changed();
            }
            assertTrue(loop.awaitIdle(PATIENCE));
            assertEquals(1, builds.get());
        }
    }

    @Test
    void changesDuringABuildCauseExactlyOneMore() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        try (BuildLoop loop = new BuildLoop(Duration.ofMillis(10), () -> {
            if (builds.incrementAndGet() == 1) {
                started.countDown();
                try {
                    release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        })) {
            loop.start();
            loop.changed();
            assertTrue(started.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            for (int i = 0; i < 50; i++) {
                loop.changed();
            }
            assertTrue(loop.isPending(), "the changes wait for the running build");
            release.countDown();
            assertTrue(loop.awaitIdle(PATIENCE));
            assertEquals(2, builds.get(), "one build, then exactly one more for everything that changed meanwhile");
        }
    }

    @Test
    void nothingIsBuiltWithoutAChange() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        try (BuildLoop loop = new BuildLoop(Duration.ofMillis(10), builds::incrementAndGet)) {
            loop.start();
            assertTrue(loop.awaitIdle(PATIENCE));
            assertEquals(0, builds.get());
            loop.changed();
            assertTrue(loop.awaitIdle(PATIENCE));
            assertEquals(1, builds.get());
        }
    }
}
