package io.newsreel.app.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGKILLs services at seeded random moments and starts each again at once, on the same arguments (state directory,
 * ports, and so instance id and application id). The kills come in shuffled order with random gaps between them; a
 * kill may land at any point of a service's life, starting up and restoring state included.
 */
final class KillSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KillSchedule.class);

    private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "crash-killer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger done = new AtomicInteger();
    private final List<ServiceProcess> victims;

    /**
     * @param kills how many times to kill each service
     * @param minGap the shortest time between two kills
     * @param maxGap the longest
     * @param random the seeded source of order and moments
     */
    KillSchedule(final Map<ServiceProcess, Integer> kills, final Duration minGap, final Duration maxGap,
                 final Random random) {
        final List<ServiceProcess> order = new ArrayList<>();
        kills.forEach((service, count) -> order.addAll(Collections.nCopies(count, service)));
        order.sort(Comparator.comparing(ServiceProcess::name));
        Collections.shuffle(order, random);
        this.victims = List.copyOf(order);
        final List<String> plan = new ArrayList<>();
        long at = 0;
        for (final ServiceProcess victim : victims) {
            at += minGap.toMillis() + (long) (random.nextDouble() * (maxGap.toMillis() - minGap.toMillis()));
            final long moment = at;
            plan.add(victim.name() + " at " + moment + " ms");
            killer.schedule(() -> killAndRestart(victim, moment), moment, TimeUnit.MILLISECONDS);
        }
        LOG.info("Kill plan: {}", plan);
    }

    private void killAndRestart(final ServiceProcess victim, final long moment) {
        try {
            LOG.info("SIGKILL {} at {} ms", victim.name(), moment);
            victim.kill();
            victim.start();
        } catch (final RuntimeException e) {
            // The scheduler would keep this to itself; the test sees the service down and fails.
            LOG.error("Could not kill and restart {}", victim, e);
        } finally {
            done.incrementAndGet();
        }
    }

    /** Whether every kill has been done and its service started again. */
    boolean finished() {
        return done.get() == victims.size();
    }

    int total() {
        return victims.size();
    }

    /** Kills done so far by service name. */
    Map<String, Integer> killsByService() {
        final Map<String, Integer> kills = new TreeMap<>();
        victims.stream().distinct().forEach(victim -> kills.put(victim.name(), victim.kills()));
        return kills;
    }

    @Override
    public void close() {
        killer.shutdownNow();
    }
}
