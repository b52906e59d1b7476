package io.newsreel.ops;

import java.util.function.Predicate;

/** The two health probes every service answers, and where. */
public enum Probe {

    /** Restart me when this fails. */
    LIVE("/health/live", Health::live),
    /** Send me work (and let what depends on me start) only when this succeeds. */
    READY("/health/ready", Health::ready);

    private final String path;
    private final Predicate<Health> passes;

    Probe(final String path, final Predicate<Health> passes) {
        this.path = path;
        this.passes = passes;
    }

    public String path() {
        return path;
    }

    /** The probe's answer to the given health. */
    public ProbeAnswer answer(final Health health) {
        return passes.test(health) ? ProbeAnswer.up() : ProbeAnswer.down(health.reason());
    }
}
