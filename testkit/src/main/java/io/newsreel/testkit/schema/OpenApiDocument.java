package io.newsreel.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sink's OpenAPI 3.1 document ({@code docs/openapi.yaml}) read as what each operation may answer: the JSON
 * schema of a response by path template and status, following a response that is a reference to a component and
 * falling back to {@code default} for an undocumented status.
 */
public final class OpenApiDocument {

    public static final String RESOURCE = "docs/openapi.yaml";
    private static final String JSON = "application/json";
    /** The fields of an OpenAPI 3.1 path item that are operations. */
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final DocumentSchemas schemas = DocumentSchemas.openApi31(RESOURCE);

    public JsonNode document() {
        return schemas.document();
    }

    /**
     * Every documented operation as {@code METHOD /path/{param}}, e.g. {@code GET /api/shows/{id}}. Only the HTTP
     * methods of a path item are operations; its {@code parameters}, {@code summary} and the like are not.
     */
    public List<String> operations() {
        final List<String> operations = new ArrayList<>();
        for (final Map.Entry<String, JsonNode> path : document().path("paths").properties()) {
            path.getValue().fieldNames().forEachRemaining(field -> {
                if (METHODS.contains(field)) {
                    operations.add(field.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
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
        final String schema = resolved(response) + "/content/" + escape(JSON) + "/schema";
        if (document().at(schema).isMissingNode()) {
            return List.of("GET " + pathTemplate + " documents no JSON body for status " + status);
        }
        return schemas.violations(schema, body);
    }

    /**
     * What is wrong with an answer of {@code GET pathTemplate}: for a JSON answer, what {@link #responseViolations}
     * finds in its body; for any other (calendars, feeds, metrics, streams), a media type the operation does not
     * document for that status.
     *
     * @param contentType the answer's {@code Content-Type}, or "" when it had none
     */
    public List<String> answerViolations(final String pathTemplate, final int status, final String contentType,
                                         final String body) {
        if (contentType.startsWith(JSON)) {
            return responseViolations(pathTemplate, status, DocumentSchemas.json(body));
        }
        final List<String> documented = mediaTypes(pathTemplate, status);
        return documented.stream().anyMatch(contentType::startsWith) ? List.of()
                : List.of("GET " + pathTemplate + " answered " + status + " as '" + contentType + "', documented: "
                        + documented);
    }

    /** The media types {@code GET pathTemplate} documents for {@code status}. */
    public List<String> mediaTypes(final String pathTemplate, final int status) {
        final JsonNode response = document().at(resolved("/paths/" + escape(pathTemplate) + "/get/responses/"
                + status));
        final List<String> types = new ArrayList<>();
        response.path("content").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** The pointer of what is at {@code pointer}: the component it refers to, if it is a reference to one. */
    private String resolved(final String pointer) {
        final String ref = document().at(pointer).path("$ref").asText("");
        return ref.startsWith("#/") ? ref.substring(1) : pointer;
    }

    /** A path template or media type as one JSON pointer token. */
    private static String escape(final String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
