package io.newsreel.app.config;

import io.newsreel.contract.event.FeedSubscription;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.Utils;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the kinds of values settings take. Each rejects a bad value with a message saying what a good one
 * looks like; picocli puts the option's name in front, {@link SettingErrorHandler} the value's origin behind.
 */
public final class SettingConverters {

    private SettingConverters() {
    }

    /** A TCP port; 0 lets the system pick a free one. */
    public static final class Port implements ITypeConverter<Integer> {

        @Override
        public Integer convert(final String value) {
            final Integer port = parseInt(value);
            if (port == null || port < 0 || port > 65_535) {
                throw new TypeConversionException("'" + value + "' is not a port: use 0 to 65535 (0 picks a free one)");
            }
            return port;
        }
    }

    /** A count of at least one. */
    public static final class PositiveInt implements ITypeConverter<Integer> {

        @Override
        public Integer convert(final String value) {
            final Integer number = parseInt(value);
            if (number == null || number < 1) {
                throw new TypeConversionException("'" + value + "' is not a whole number of at least 1");
            }
            return number;
        }
    }

    /**
     * A positive duration: a number and a unit ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 6h}, {@code 1d}) or
     * ISO-8601 ({@code PT5M}).
     */
    public static final class PositiveDuration implements ITypeConverter<Duration> {

        private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
        private static final Map<String, Duration> UNITS = Map.of("ms", Duration.ofMillis(1),
                "s", Duration.ofSeconds(1), "m", Duration.ofMinutes(1), "h", Duration.ofHours(1),
                "d", Duration.ofDays(1));

        @Override
        public Duration convert(final String value) {
            final Duration duration = parse(value.strip().toLowerCase(Locale.ROOT));
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new TypeConversionException("'" + value + "' is not a positive duration: use a number and a "
                        + "unit (500ms, 30s, 5m, 6h, 1d) or ISO-8601 (PT5M)");
            }
            return duration;
        }

        private static Duration parse(final String value) {
            final Matcher shortForm = SHORT.matcher(value);
            if (shortForm.matches()) {
                return UNITS.get(shortForm.group(2)).multipliedBy(Long.parseLong(shortForm.group(1)));
            }
            try {
                return Duration.parse(value);
            } catch (final DateTimeParseException e) {
                return null;
            }
        }
    }

    /** The time zone a feed's outlet writes in ({@link FeedSubscription#parseZone}). */
    public static final class Zone implements ITypeConverter<ZoneId> {

        @Override
        public ZoneId convert(final String value) {
            try {
                return FeedSubscription.parseZone(value);
            } catch (final IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Kafka bootstrap servers: {@code host:port}, comma-separated. */
    public static final class BootstrapServers implements ITypeConverter<String> {

        @Override
        public String convert(final String value) {
            final boolean valid = !value.isBlank() && Arrays.stream(value.split(",", -1)).map(String::strip)
                    .allMatch(server -> Utils.getHost(server) != null && Utils.getPort(server) != null);
            if (!valid) {
                throw new TypeConversionException("'" + value + "' is not a list of Kafka servers: use "
                        + "host:port[,host:port...]");
            }
            return value;
        }
    }

    /** A host other instances can connect to: not a wildcard listen address. */
    public static final class ReachableHost implements ITypeConverter<String> {

        private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]");

        @Override
        public String convert(final String value) {
            if (value.isBlank() || WILDCARDS.contains(value.strip())) {
                throw new TypeConversionException("'" + value + "' is not a host other instances can reach: name "
                        + "this machine as the others see it (a host name or an address)");
            }
            return value.strip();
        }
    }

    private static Integer parseInt(final String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (final NumberFormatException e) {
            return null;
        }
    }
}
