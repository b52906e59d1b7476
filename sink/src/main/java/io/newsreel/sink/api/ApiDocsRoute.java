package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code /api/docs/{document}}: the OpenAPI document of this API ({@code openapi.yaml}) and the AsyncAPI document of
 * the Kafka topics ({@code asyncapi.yaml}, from the contract), served side by side so that the OpenAPI document's
 * relative references into the AsyncAPI one resolve for any client.
 */
final class ApiDocsRoute implements Handler {

    /** RFC 9512's media type for YAML. */
    private static final String YAML = "application/yaml; charset=utf-8";

    private final Map<String, byte[]> documents = Map.of(
            "openapi.yaml", resource("docs/openapi.yaml"),
            "asyncapi.yaml", resource("docs/asyncapi.yaml"));

    @Override
    public void handle(final Context ctx) {
        final String name = ctx.pathParam("document");
        final byte[] document = documents.get(name);
        if (document == null) {
            throw ApiException.notFound("No document " + name + "; there are openapi.yaml and asyncapi.yaml");
        }
        ctx.contentType(YAML).result(document);
    }

    private static byte[] resource(final String name) {
        try (InputStream in = ApiDocsRoute.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
