package io.newsreel.sink.api;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.newsreel.contract.serde.Json;
import io.newsreel.sink.store.TimelineQueries;
import io.newsreel.sink.timeline.ShowSummary;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's HTTP API: JSON in and out, and every error as an {@link ApiError} body with a 4xx or 5xx status, never
 * a stack trace.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;

    private ApiServer(final Javalin app) {
        this.app = app;
    }

    /** Starts serving on the given address; port 0 picks a free port. */
    public static ApiServer start(final TimelineQueries queries, final String host, final int port) {
        final Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.routes.get("/api/shows", ctx -> ctx.json(new ShowsResponse(queries.shows())));
            config.routes.get("/api/shows/{id}", ctx -> ctx.json(queries.show(ctx.pathParam("id"))
                    .orElseThrow(() -> new NotFound("No show with id " + ctx.pathParam("id")))));
            config.routes.get("/api/shows/{id}/timeline", ctx -> {
                final String id = ctx.pathParam("id");
                final ShowSummary show = queries.show(id).orElseThrow(() -> new NotFound("No show with id " + id));
                ctx.json(new TimelineResponse(show, queries.timeline(id)));
            });
            config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
            config.routes.exception(InvalidStateStoreException.class, (e, ctx) -> error(ctx,
                    HttpStatus.SERVICE_UNAVAILABLE, "Timelines are being restored or rebalanced; try again shortly"));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
            });
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
                // A handler that answered 404 itself already wrote a JSON error; only unmatched paths remain.
                if (!ContentType.JSON.equals(ctx.contentType())) {
                    error(ctx, HttpStatus.NOT_FOUND, "No such resource: " + ctx.path());
                }
            });
        });
        app.start(host, port);
        return new ApiServer(app);
    }

    private static void error(final Context ctx, final HttpStatus status, final String message) {
        ctx.status(status).json(new ApiError(status.getCode(), status.getMessage(), message));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The request named something that does not exist. */
    static final class NotFound extends RuntimeException {
        NotFound(final String message) {
            super(message);
        }
    }
}
