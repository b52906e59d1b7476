package io.newsreel.sink.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.newsreel.testkit.schema.AsyncApiDocument;
import io.newsreel.testkit.schema.OpenApiDocument;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is well-formed OpenAPI 3.1, documents every route the server has and no other, and is served
 * with the AsyncAPI document it refers to. Answers are checked against it by {@link OpenApiResponsesTest}.
 */
class OpenApiDocumentTest {

    private final OpenApiDocument document = new OpenApiDocument();
    @AutoClose
    private final ApiTestBed api = new ApiTestBed();

    @Test
    void shouldBeWellFormedOpenApi31WithEveryReferenceResolvedWhenReadFromTheServer() {
        final ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);

        final SwaggerParseResult parsed = new OpenAPIV3Parser()
                .readLocation(api.uri("/api/docs/openapi.yaml").toString(), null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getPaths().get("/api/shows/{id}/timeline").getGet().getResponses()
                .get("200").getContent().get("application/json").getSchema().getProperties())
                .containsKeys("show", "entries", "next");
    }

    @Test
    void shouldDocumentEveryRouteOfTheServerAndNoOther() throws ReflectiveOperationException {
        final List<String> routes = routes(api);

        assertThat(routes).isNotEmpty();
        assertThat(document.operations()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void shouldTellAnAnswerThatTheDocumentDoesNotAllow() {
        assertThat(document.answerViolations("/api/shows/{id}/calendar.ics", 200, "text/calendar; charset=utf-8",
                "BEGIN:VCALENDAR")).isEmpty();
        assertThat(document.answerViolations("/api/shows/{id}/calendar.ics", 200, "text/html", "<p>")).isNotEmpty();
        assertThat(document.answerViolations("/api/shows/{id}/calendar.ics", 200, "application/json", "{}"))
                .isNotEmpty();
        assertThat(document.answerViolations("/api/shows/{id}", 200, "application/json", "{\"unexpected\": 1}"))
                .isNotEmpty();
    }

    @Test
    void shouldServeTheOpenApiDocumentAndTheAsyncApiDocumentAsYaml() throws IOException {
        final HttpResponse<String> openApi = api.get("/api/docs/openapi.yaml");
        final HttpResponse<String> asyncApi = api.get("/api/docs/asyncapi.yaml");

        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/yaml"));
        assertThat(openApi.body()).isEqualTo(resource(OpenApiDocument.RESOURCE));
        assertThat(asyncApi.statusCode()).isEqualTo(200);
        assertThat(asyncApi.body()).isEqualTo(resource(AsyncApiDocument.RESOURCE));
    }

    @Test
    void shouldAnswerAnUnknownDocumentWithADocumented404() {
        final HttpResponse<String> response = api.get("/api/docs/swagger.json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(document.responseViolations("/api/docs/{document}", 404, ApiTestBed.parse(response.body())))
                .isEmpty();
    }

    /** Every HTTP route the running server has, as {@code METHOD /path}. */
    private static List<String> routes(final ApiTestBed api) throws ReflectiveOperationException {
        // ApiServer keeps its Javalin to itself; the test reads its router rather than a list kept by hand.
        final Field server = ApiTestBed.class.getDeclaredField("server");
        server.setAccessible(true);
        final Field app = ApiServer.class.getDeclaredField("app");
        app.setAccessible(true);
        final Javalin javalin = (Javalin) app.get(server.get(api));
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map((ParsedEndpoint parsed) -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod() && endpoint.method != HandlerType.HEAD)
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .toList();
    }

    private static String resource(final String name) throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
