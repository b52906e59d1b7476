package io.newsreel.app.cli;

import io.newsreel.app.config.SettingConverters;
import io.newsreel.app.console.Progress;
import io.newsreel.contract.event.FeedStatus;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.kafka.CompactedTopicReader;
import io.newsreel.ingest.subscription.Opml;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsreel feeds}: manage subscriptions; a running ingest picks changes up without a restart. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Manage feed subscriptions.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.Remove.class, FeedsCommand.ListFeeds.class,
                FeedsCommand.Import.class, FeedsCommand.Export.class})
public final class FeedsCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** {@code newsreel feeds add URL}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Subscribe to a feed.")
    static final class Add implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "URL", description = "The feed's http or https URL.")
        private URI url;

        @Option(names = "--interval", defaultValue = "PT15M",
                description = "Poll interval, ISO-8601 (default: ${DEFAULT-VALUE}).")
        private Duration interval;

        @Option(names = "--zone", paramLabel = "ZONE", converter = SettingConverters.Zone.class,
                description = "The time zone the outlet writes in (Asia/Seoul, America/Los_Angeles, +09:00), for a "
                        + "feed that dates its items in UTC: relative dates in its articles (\"tomorrow\") are read "
                        + "there. Without it, the offsets the feed writes are all there is, and articles dated in "
                        + "UTC are read in Korean time.")
        private ZoneId zone;

        @Override
        public Integer call() {
            final String scheme = url.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                spec.commandLine().getErr().println("Not an http or https URL: " + url);
                return 2;
            }
            try (Admin admin = Admin.create(kafka.clientProperties());
                 SubscriptionWriter writer = new SubscriptionWriter(kafka.clientProperties())) {
                new TopicProvisioner(admin).ensure(List.of(Topics.FEED_SUBSCRIPTIONS));
                writer.subscribe(new FeedSubscription(url.toString(), null, interval, true, Instant.now(), null,
                        zone));
            }
            out(spec).println("Subscribed to " + url);
            return 0;
        }
    }

    /** {@code newsreel feeds remove URL}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Unsubscribe from a feed.")
    static final class Remove implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "URL")
        private String url;

        @Override
        public Integer call() {
            try (SubscriptionWriter writer = new SubscriptionWriter(kafka.clientProperties())) {
                writer.unsubscribe(url);
            }
            out(spec).println("Unsubscribed from " + url);
            return 0;
        }
    }

    /** {@code newsreel feeds list}: every subscription with its health. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List subscribed feeds and their health.")
    static final class ListFeeds implements Callable<Integer> {

        /** The columns of the header and of each feed. */
        private static final String ROW = "%-7s %-9s %-20s %-8s %-20s %-20s %-19s %s%n";

        @Mixin
        private KafkaOptions kafka;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            final Map<String, FeedStatus> statuses =
                    CompactedTopicReader.latest(kafka.clientProperties(), Topics.FEED_STATUS);
            out(spec).printf(ROW, "STATE", "INTERVAL", "LAST SUCCESS", "FAILURES", "LAST ERROR", "NEXT POLL", "ZONE",
                    "URL");
            for (final FeedSubscription feed : subscriptions(kafka)) {
                final FeedStatus status = statuses.get(feed.url());
                out(spec).printf(ROW, feed.enabled() ? "enabled" : "paused",
                        feed.pollInterval() == null ? "default" : feed.pollInterval(),
                        status == null ? "never" : time(status.lastSuccess()),
                        status == null ? 0 : status.consecutiveFailures(),
                        status == null || status.lastErrorKind() == null ? "-" : status.lastErrorKind(),
                        status == null ? "now" : time(status.nextPoll()),
                        feed.zone() == null ? "as written" : feed.zone(), feed.url());
            }
            return 0;
        }

        private static String time(final Instant instant) {
            return instant == null ? "never" : TIME.format(instant);
        }
    }

    /** {@code newsreel feeds import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Subscribe to every feed an OPML file lists.")
    static final class Import implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "An OPML file.")
        private Path file;

        @Option(names = "--interval", description = "Poll interval for the imported feeds, ISO-8601.")
        private Duration interval;

        @Override
        public Integer call() throws IOException {
            final List<Opml.Outline> outlines;
            try (InputStream in = Files.newInputStream(file)) {
                outlines = Opml.read(in);
            }
            final Set<String> known = new HashSet<>();
            subscriptions(kafka).forEach(feed -> known.add(feed.url()));
            int added = 0;
            try (SubscriptionWriter writer = new SubscriptionWriter(kafka.clientProperties());
                 Progress progress = Progress.onStderr("Importing feeds", outlines.size())) {
                for (final Opml.Outline outline : outlines) {
                    if (known.add(outline.url())) {
                        writer.subscribe(new FeedSubscription(outline.url(), outline.title(), interval, true,
                                Instant.now(), null, outline.zone()));
                        added++;
                    }
                    progress.advance();
                }
            }
            out(spec).printf("Subscribed to %d new feeds; %d were subscribed already.%n", added,
                    outlines.size() - added);
            return 0;
        }
    }

    /** {@code newsreel feeds export}. */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print the subscriptions as OPML.")
    static final class Export implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            out(spec).print(Opml.write(subscriptions(kafka)));
            return 0;
        }
    }

    private static PrintWriter out(final CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    private static List<FeedSubscription> subscriptions(final KafkaOptions kafka) {
        return CompactedTopicReader.latest(kafka.clientProperties(), Topics.FEED_SUBSCRIPTIONS).values().stream()
                .sorted(Comparator.comparing(FeedSubscription::url)).toList();
    }
}
