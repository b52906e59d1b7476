package io.newsreel.sink.api;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.newsreel.contract.serde.Json;
import io.newsreel.ops.Monitoring;
import io.newsreel.sink.routing.InstanceClient;
import io.newsreel.sink.routing.InstancesUnavailable;
import io.newsreel.sink.search.LocalSearch;
import io.newsreel.sink.store.ArticleQueries;
import io.newsreel.sink.store.PersonQueries;
import io.newsreel.sink.store.TimelineQueries;
import io.newsreel.sink.topology.SinkTopology;
import java.time.Duration;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's HTTP API: JSON in and out, and every error as an {@link ApiError} body with a 4xx or 5xx status, never
 * a stack trace. Requests for one show, person or article are answered by the instance that owns it; lists are
 * merged from all instances. Each instance also answers {@code /metrics} and the health probes for itself.
 */
public final class ApiServer implements AutoCloseable {

    /** How long a client should wait before asking again while instances start or rebalance. */
    static final String RETRY_AFTER_SECONDS = "2";

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final Javalin app;

    private ApiServer(final Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving on the given address, with the operations endpoints and every request timed in the
     * monitoring's registry; port 0 picks a free port.
     */
    public static ApiServer start(final ApiBackend backend, final Monitoring monitoring, final String host,
                                  final int port) {
        final RequestMetrics requests = new RequestMetrics(monitoring.meters());
        final Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.requestLogger.http(requests::record);
            addRoutes(config.routes, backend);
            new OpsRoutes(monitoring).addTo(config.routes);
            addErrorHandlers(config.routes);
        });
        app.start(host, port);
        return new ApiServer(app);
    }

    private static void addRoutes(final RoutesConfig routes, final ApiBackend backend) {
        final TimelineQueries timelines = new TimelineQueries(backend.stores());
        final ShowViews views = new ShowViews(timelines, backend.clock());
        final ShowRoutes shows = new ShowRoutes(timelines, views);
        final ExportRoutes exports = new ExportRoutes(timelines, backend.clock());
        final PersonRoutes persons = new PersonRoutes(new PersonQueries(backend.stores()));
        final ArticleRoutes articles = new ArticleRoutes(new ArticleQueries(backend.stores()));
        final SearchRoutes search = new SearchRoutes(new LocalSearch(backend.stores()), views);
        final Distributed distributed = new Distributed(backend.routing(), new InstanceClient());

        routes.get("/api/shows", distributed.merged(ShowsResponse.class, shows::localShows, shows::merge));
        routes.get("/api/shows/{id}", distributed.owned(SinkTopology.SHOW_STORE, "id", shows::show));
        routes.get("/api/shows/{id}/timeline", distributed.owned(SinkTopology.SHOW_STORE, "id", shows::timeline));
        routes.get("/api/shows/{id}/calendar.ics",
                distributed.owned(SinkTopology.SHOW_STORE, "id", exports::calendar));
        routes.get("/api/shows/{id}/feed.atom", distributed.owned(SinkTopology.SHOW_STORE, "id", exports::feed));
        routes.get("/api/persons", distributed.merged(PersonsResponse.class, persons::localPersons,
                persons::merge));
        routes.get("/api/persons/{id}", distributed.owned(SinkTopology.PERSON_STORE, "id", persons::person));
        routes.get("/api/articles/{id}", distributed.owned(SinkTopology.ARTICLE_STORE, "id", articles::article));
        routes.get("/api/search", distributed.merged(SearchResponse.class, search::localMatches, search::merge));
        // Every instance follows every show's changes, so a live stream is served where it arrives.
        routes.get("/api/stream", new LiveStreamRoute(backend.changes(), KEEP_ALIVE));
        routes.get("/api/docs/{document}", new ApiDocsRoute());
    }

    private static void addErrorHandlers(final RoutesConfig routes) {
        answer(routes, ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        answer(routes, InstancesUnavailable.class, (e, ctx) -> unavailable(ctx, e.getMessage()));
        answer(routes, InvalidStateStoreException.class, (e, ctx) ->
                unavailable(ctx, "Timelines are being restored or rebalanced; try again shortly"));
        answer(routes, Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
        });
        routes.error(HttpStatus.NOT_FOUND, ctx -> {
            // A handler that answered 404 itself (or relayed one) already wrote a JSON error; only unmatched paths
            // remain.
            final String contentType = ctx.res().getContentType();
            if (contentType == null || !contentType.startsWith(ContentType.JSON)) {
                error(ctx, HttpStatus.NOT_FOUND, "No such resource: " + ctx.path());
            }
        });
    }

    /**
     * Handles exceptions of a type, leaving out requests past answering. Javalin handles an exception handler's own
     * exception as one more task, and when that throws too, again, without end. A live stream can end after Jetty has
     * recycled its request and response (the server stopped or the connection went while the stream waited), and
     * then every read of them throws: such a request is only logged.
     */
    private static <E extends Exception> void answer(final RoutesConfig routes, final Class<E> type,
                                                     final ExceptionHandler<E> handler) {
        routes.exception(type, (e, ctx) -> {
            if (recycled(ctx)) {
                LOG.debug("A request ended after Jetty had recycled it", e);
            } else {
                handler.handle(e, ctx);
            }
        });
    }

    /** Whether Jetty has recycled the request, which its servlet request then says by throwing. */
    private static boolean recycled(final Context ctx) {
        try {
            ctx.req().getRequestURI();
            return false;
        } catch (final RuntimeException e) {
            return true;
        }
    }

    private static void unavailable(final Context ctx, final String message) {
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        error(ctx, HttpStatus.SERVICE_UNAVAILABLE, message);
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
}
