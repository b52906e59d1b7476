package io.newsreel.app.bench;

/** Unit conversions shared by the measurement and the report, so both round the same way. */
final class Units {

    private static final double MEBI = 1024.0 * 1024.0;
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private Units() {
    }

    static double mebibytes(final long bytes) {
        return bytes / MEBI;
    }

    static double seconds(final long nanos) {
        return nanos / NANOS_PER_SECOND;
    }

    /** {@code amount / seconds}, or 0 when no time passed: a rate of nothing is nothing. */
    static double perSecond(final double amount, final double seconds) {
        return seconds > 0 ? amount / seconds : 0;
    }
}
