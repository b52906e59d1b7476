package io.newsreel.app.cli;

import io.newsreel.app.subscribe.Followed;
import io.newsreel.app.subscribe.TopicFollower;
import io.newsreel.contract.topic.TopicProvisioner;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsreel subscribe}: follows one show's articles, one person's articles or every release fact live, one
 * line each, until Ctrl-C. Reads {@code show-tags}, {@code person-tags} or {@code release-events} as committed.
 */
@Command(name = "subscribe", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Follow tagged news live: every article about a show, every article naming a person, or "
                + "every release fact, one line each, until Ctrl-C.",
                "Starts at the end of the topic: only what is published from now on, unless --from-beginning."})
public final class SubscribeCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selector selector;

    @Option(names = "--json", description = "Print each record's value as it is on the topic, one JSON per line.")
    private boolean json;

    @Option(names = "--from-beginning", description = "Print what is on the topic already, then follow.")
    private boolean fromBeginning;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N lines (default: follow until Ctrl-C).")
    private Long count;

    @Mixin
    private KafkaOptions kafka;

    @Spec
    private CommandSpec spec;

    /** Exactly one of what can be followed. */
    static final class Selector {

        @Option(names = "--show", paramLabel = "ID", required = true,
                description = "Articles tagged with this show (a show id, e.g. soundtrack-2).")
        private String show;

        @Option(names = "--person", paramLabel = "ID", required = true,
                description = "Articles naming this person (a person id, e.g. keum-sae-rok).")
        private String person;

        @Option(names = "--releases", required = true, description = "Every release fact, of every show.")
        private boolean releases;

        Followed<?> followed() {
            if (show != null) {
                return Followed.show(show);
            }
            return person != null ? Followed.person(person) : Followed.releases();
        }
    }

    @Override
    public Integer call() {
        return follow(selector.followed());
    }

    private <V> int follow(final Followed<V> followed) {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        // Subscribing before the processor's first start is fine: the topic is there, empty, when it starts.
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            new TopicProvisioner(admin).ensure(List.of(followed.topic()));
        }
        final CountDownLatch closed = new CountDownLatch(1);
        try (TopicFollower<V> follower = new TopicFollower<>(kafka.clientProperties(), followed, fromBeginning)) {
            final Thread stop = new Thread(() -> {
                follower.wakeup();
                awaitQuietly(closed);
            }, "newsreel-subscribe-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                err.printf("Following %s%s%s; Ctrl-C to stop.%n", followed.topic().name(),
                        followed.key().map(key -> " for " + key).orElse(""),
                        fromBeginning ? " from its beginning" : "");
                err.flush();
                follower.follow(count == null ? Long.MAX_VALUE : count, (value, text) -> {
                    out.println(json ? text : followed.line().apply(value));
                    out.flush();
                }, warning -> {
                    err.println(warning);
                    err.flush();
                });
            } finally {
                removeQuietly(stop);
            }
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(final CountDownLatch closed) {
        try {
            closed.await();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(final Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (final IllegalStateException e) {
            // The JVM is shutting down: the hook is what stopped us, and it waits for the close.
        }
    }
}
