package io.newsreel.ops;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a service is doing, as its liveness and readiness probes report it.
 *
 * @param live false when the service cannot recover without a restart (a Streams application in ERROR, a worker
 *             thread that died)
 * @param ready true when the service does its work: topics exist and its clients run
 * @param reason why it is not ready or not live; null when it is both
 */
public record Health(boolean live, boolean ready, String reason) {

    public Health {
        if (ready && !live) {
            throw new IllegalArgumentException("A service that is not live cannot be ready");
        }
        if (!ready && reason == null) {
            throw new IllegalArgumentException("A service that is not ready needs a reason");
        }
    }

    public static Health up() {
        return new Health(true, true, null);
    }

    /** Working towards ready, for example starting or rebalancing. */
    public static Health notReady(final String reason) {
        return new Health(true, false, Objects.requireNonNull(reason, "reason"));
    }

    /** Stuck: only a restart helps. */
    public static Health down(final String reason) {
        return new Health(false, false, Objects.requireNonNull(reason, "reason"));
    }

    /** Several services as one: live and ready only when every one is; the reasons of all that are not. */
    public static Health all(final List<Health> parts) {
        final boolean live = parts.stream().allMatch(Health::live);
        final boolean ready = parts.stream().allMatch(Health::ready);
        final String reasons = parts.stream().map(Health::reason).filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        return new Health(live, ready, reasons.isEmpty() ? null : reasons);
    }
}
