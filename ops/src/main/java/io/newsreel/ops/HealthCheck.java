package io.newsreel.ops;

/** Asks a service how it is doing; cheap enough to answer every probe. */
@FunctionalInterface
public interface HealthCheck {

    Health health();
}
