package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.newsreel.contract.serde.Json;
import io.newsreel.sink.routing.Instance;
import io.newsreel.sink.routing.InstanceClient;
import io.newsreel.sink.routing.InstanceRouting;
import io.newsreel.sink.routing.InstancesUnavailable;
import io.newsreel.sink.routing.RelayedResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Makes handlers answer across sink instances: a request for one show, person or article is answered by the
 * instance that owns its partition, and a list is merged from every instance's own part.
 */
final class Distributed {

    /** Marks a request another instance passed on to its owner, so that it is never passed on again. */
    static final String FORWARDED_HEADER = "X-Newsreel-Forwarded";
    /** Asks an instance for a list of only what it owns. */
    static final String LOCAL_ONLY_HEADER = "X-Newsreel-Local-Only";

    private final InstanceRouting routing;
    private final InstanceClient client;

    Distributed(final InstanceRouting routing, final InstanceClient client) {
        this.routing = routing;
        this.client = client;
    }

    /**
     * A handler for a resource keyed by path parameter {@code idParam} in {@code store}: {@code local} answers when
     * this instance owns the key; otherwise the owner's answer is relayed as it is.
     */
    Handler owned(final String store, final String idParam, final Handler local) {
        return ctx -> {
            final Optional<Instance> owner = routing.ownerOf(store, ctx.pathParam(idParam));
            if (owner.isEmpty()) {
                local.handle(ctx);
            } else if (ctx.header(FORWARDED_HEADER) != null) {
                // The instance that forwarded this took us for the owner: ownership is moving, so ask again later
                // rather than answer 404 or pass it on in a circle.
                throw new InstancesUnavailable("Instance " + owner.get() + " now owns what was asked; try again");
            } else {
                relay(ctx, client.get(List.of(owner.get()), pathAndQuery(ctx), Map.of(FORWARDED_HEADER, "true"))
                        .get(0));
            }
        };
    }

    /**
     * A handler for a list: {@code local} gives this instance's part, {@code merge} joins it with every other
     * instance's part (this instance's first) into the answer.
     */
    <R> Handler merged(final Class<R> type, final Function<Context, R> local,
                       final BiFunction<Context, List<R>, R> merge) {
        return ctx -> {
            final R here = local.apply(ctx);
            if (ctx.header(LOCAL_ONLY_HEADER) != null) {
                ctx.json(here);
                return;
            }
            final List<R> parts = new ArrayList<>(List.of(here));
            for (final RelayedResponse answer : client.get(routing.otherInstances(), pathAndQuery(ctx),
                    Map.of(LOCAL_ONLY_HEADER, "true"))) {
                if (answer.status() != HttpStatus.OK.getCode()) {
                    relay(ctx, answer);
                    return;
                }
                parts.add(read(answer, type));
            }
            ctx.json(merge.apply(ctx, parts));
        };
    }

    private static <R> R read(final RelayedResponse answer, final Class<R> type) throws IOException {
        return Json.MAPPER.readValue(answer.body(), type);
    }

    private static void relay(final Context ctx, final RelayedResponse answer) {
        ctx.status(answer.status());
        if (answer.contentType() != null) {
            ctx.contentType(answer.contentType());
        }
        if (answer.status() == HttpStatus.SERVICE_UNAVAILABLE.getCode()) {
            ctx.header("Retry-After", ApiServer.RETRY_AFTER_SECONDS);
        }
        ctx.result(answer.body());
    }

    /** The request's path and query, still encoded as received. */
    private static String pathAndQuery(final Context ctx) {
        final String query = ctx.queryString();
        return query == null ? ctx.path() : ctx.path() + "?" + query;
    }
}
