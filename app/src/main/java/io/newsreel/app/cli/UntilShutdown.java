package io.newsreel.app.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a long-running command until the JVM is asked to stop. The shutdown hook is registered before start-up, so
 * a stop that arrives while starting still closes what had started.
 */
final class UntilShutdown {

    private UntilShutdown() {
    }

    static int run(final Runnable start, final AutoCloseable service, final Runnable onStarted) {
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (final Exception e) {
                System.err.println("Error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "newsreel-shutdown"));
        start.run();
        onStarted.run();
        try {
            stopped.await();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
