package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.newsreel.sink.live.ChangeBroadcaster;
import io.newsreel.sink.live.Subscription;
import io.newsreel.sink.live.TimelineChange;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code /api/stream?show=ID}: timeline changes as Server-Sent Events, {@code entry} with the entry and
 * {@code removed} with {@link RemovedEntry}, and a comment when nothing happened for a while so that proxies keep the
 * connection open. Each client is served from its own subscription on its own request thread, so a slow one only
 * falls behind itself.
 */
final class LiveStreamRoute implements Handler {

    private static final String EVENT_STREAM = "text/event-stream";

    private final ChangeBroadcaster changes;
    private final Duration keepAlive;
    private final SseHandler sse = new SseHandler(this::stream);

    LiveStreamRoute(final ChangeBroadcaster changes, final Duration keepAlive) {
        this.changes = changes;
        this.keepAlive = keepAlive;
    }

    @Override
    public void handle(final Context ctx) throws Exception {
        final String accept = ctx.header("Accept");
        if (accept == null || !accept.contains(EVENT_STREAM)) {
            // Javalin's SSE handler silently answers an empty 200 to anything else.
            throw new ApiException(HttpStatus.NOT_ACCEPTABLE, "This is an event stream: send Accept: "
                    + EVENT_STREAM);
        }
        sse.handle(ctx);
    }

    private void stream(final SseClient client) {
        try (Subscription subscription = changes.subscribe(QueryParams.present(client.ctx(), "show"))) {
            // Tells the client it is subscribed: every change from here on reaches it.
            client.sendComment("subscribed");
            while (subscription.isOpen() && !client.terminated()) {
                final Optional<TimelineChange> change = subscription.next(keepAlive);
                if (change.isPresent()) {
                    send(client, change.get());
                } else if (subscription.isOpen()) {
                    client.sendComment("keep-alive");
                }
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            client.close();
        }
    }

    private static void send(final SseClient client, final TimelineChange change) {
        if (change.removed()) {
            client.sendEvent("removed", new RemovedEntry(change.showId(), change.entryId()));
        } else {
            client.sendEvent("entry", change.entry());
        }
    }
}
