package io.newsreel.app.cli;

import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.topic.TopicProvisioner;
import io.newsreel.contract.topic.Topics;
import io.newsreel.ingest.kafka.CompactedTopicReader;
import io.newsreel.ingest.subscription.SubscriptionRegistry;
import io.newsreel.ingest.subscription.SubscriptionWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsreel feeds}: manage subscriptions; a running ingest picks changes up without a restart. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Manage feed subscriptions.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.Remove.class, FeedsCommand.ListFeeds.class})
public final class FeedsCommand {

    /** {@code newsreel feeds add URL}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Subscribe to a feed.")
    static final class Add implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Parameters(paramLabel = "URL", description = "The feed's http or https URL.")
        private URI url;

        @Option(names = "--interval", defaultValue = "PT15M",
                description = "Poll interval, ISO-8601 (default: ${DEFAULT-VALUE}).")
        private Duration interval;

        @Override
        public Integer call() {
            final String scheme = url.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                System.err.println("Not an http or https URL: " + url);
                return 2;
            }
            try (Admin admin = Admin.create(kafka.clientProperties());
                 SubscriptionWriter writer = new SubscriptionWriter(kafka.clientProperties())) {
                new TopicProvisioner(admin).ensure(List.of(Topics.FEED_SUBSCRIPTIONS));
                writer.subscribe(new FeedSubscription(url.toString(), null, interval, true, Instant.now()));
            }
            System.out.println("Subscribed to " + url);
            return 0;
        }
    }

    /** {@code newsreel feeds remove URL}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Unsubscribe from a feed.")
    static final class Remove implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Parameters(paramLabel = "URL")
        private String url;

        @Override
        public Integer call() {
            try (SubscriptionWriter writer = new SubscriptionWriter(kafka.clientProperties())) {
                writer.unsubscribe(url);
            }
            System.out.println("Unsubscribed from " + url);
            return 0;
        }
    }

    /** {@code newsreel feeds list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List subscribed feeds.")
    static final class ListFeeds implements Callable<Integer> {

        @Mixin
        private KafkaOptions kafka;

        @Override
        public Integer call() {
            final SubscriptionRegistry registry = new SubscriptionRegistry();
            try (CompactedTopicReader<FeedSubscription> reader =
                         new CompactedTopicReader<>(kafka.clientProperties(), Topics.FEED_SUBSCRIPTIONS)) {
                reader.readToEnd(registry::apply);
            }
            registry.all().stream().sorted(Comparator.comparing(FeedSubscription::url)).forEach(feed ->
                    System.out.printf("%-8s %-10s %s%n", feed.enabled() ? "enabled" : "paused",
                            feed.pollInterval(), feed.url()));
            return 0;
        }
    }
}
