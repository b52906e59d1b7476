package io.newsreel.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sink's OpenAPI 3.1 document ({@code docs/openapi.yaml}) read as what each operation may answer: the JSON
 * schema of a response by path template and status, following a response that is a reference to a component and
 * falling back to {@code default} for an undocumented status.
 */
public final class OpenApiDocument {

    public static final String RESOURCE = "docs/openapi.yaml";
    private static final String JSON = "application/json";

    private final DocumentSchemas schemas = DocumentSchemas.openApi31(RESOURCE);

    public JsonNode document() {
        return schemas.document();
    }

    /** Every documented operation as {@code METHOD /path/{param}}, e.g. {@code GET /api/shows/{id}}. */
    public List<String> operations() {
        final List<String> operations = new ArrayList<>();
        for (final Map.Entry<String, JsonNode> path : document().path("paths").properties()) {
            path.getValue().fieldNames().forEachRemaining(method ->
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        return operations;
    }

    /**
     * What is wrong with a JSON {@code body} answered with {@code status} by {@code GET pathTemplate}: a status
     * the operation does not document, one documented without a JSON body, or a body its schema rejects.
     */
    public List<String> responseViolations(final String pathTemplate, final int status, final JsonNode body) {
        final String operation = "/paths/" + escape(pathTemplate) + "/get";
        if (document().at(operation).isMissingNode()) {
            return List.of("GET " + pathTemplate + " is not documented");
        }
        String response = operation + "/responses/" + status;
        if (document().at(response).isMissingNode()) {
            response = operation + "/responses/default";
            if (document().at(response).isMissingNode()) {
                return List.of("GET " + pathTemplate + " does not document status " + status);
            }
        }
        final String ref = document().at(response).path("$ref").asText("");
        if (ref.startsWith("#/")) {
            response = ref.substring(1);
        }
        final String schema = response + "/content/" + escape(JSON) + "/schema";
        if (document().at(schema).isMissingNode()) {
            return List.of("GET " + pathTemplate + " documents no JSON body for status " + status);
        }
        return schemas.violations(schema, body);
    }

    /** The media types {@code GET pathTemplate} documents for {@code status}. */
    public List<String> mediaTypes(final String pathTemplate, final int status) {
        JsonNode response = document().at("/paths/" + escape(pathTemplate) + "/get/responses/" + status);
        final String ref = response.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            response = document().at(ref.substring(1));
        }
        final List<String> types = new ArrayList<>();
        response.path("content").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** A path template or media type as one JSON pointer token. */
    private static String escape(final String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
