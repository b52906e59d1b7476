package io.newsreel.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas inside an API document on the class path (an AsyncAPI or OpenAPI document, YAML or JSON), to
 * validate real records and responses against: a schema is named by its JSON pointer in the document, and
 * references inside it resolve against the whole document. Formats ({@code date-time}, {@code date}, {@code uri})
 * are asserted, not only annotated.
 */
public final class DocumentSchemas {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String resource;
    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private DocumentSchemas(final String resource, final JsonSchemaFactory factory) {
        this.resource = resource;
        this.document = read(resource);
        this.factory = factory;
    }

    /** An AsyncAPI 3 document: its default schema format is a superset of draft-07. */
    public static DocumentSchemas asyncApi(final String classpathResource) {
        return new DocumentSchemas(classpathResource, JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7));
    }

    /** An OpenAPI 3.1 document: its schemas are draft 2020-12 in the OpenAPI 3.1 dialect. */
    public static DocumentSchemas openApi31(final String classpathResource) {
        final JsonMetaSchema dialect = OpenApi31.getInstance();
        return new DocumentSchemas(classpathResource, JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri())));
    }

    /** The document itself, to look things up in. */
    public JsonNode document() {
        return document;
    }

    /**
     * What is wrong with {@code instance} for the schema at {@code pointer} (e.g.
     * {@code /components/schemas/Article}); empty when it conforms.
     */
    public List<String> violations(final String pointer, final JsonNode instance) {
        if (document.at(pointer).isMissingNode()) {
            throw new IllegalArgumentException(resource + " has nothing at " + pointer);
        }
        return schema(pointer).validate(instance).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /**
     * A record value or response body to validate, read from its JSON text. Text that is not JSON fails the test
     * there and then, naming the text: no schema could accept it.
     */
    public static JsonNode json(final String text) {
        try {
            return JSON.readTree(text);
        } catch (final IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    /** Loads the schema at {@code pointer} and every schema it refers to; fails on a reference resolving nowhere. */
    public void load(final String pointer) {
        schema(pointer).initializeValidators();
    }

    private JsonSchema schema(final String pointer) {
        return schemas.computeIfAbsent(pointer, key -> factory.getSchema(
                SchemaLocation.of("classpath:" + resource + "#" + key), config));
    }

    private static JsonNode read(final String resource) {
        try (InputStream in = DocumentSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + resource + " on the class path");
            }
            return YAML.readTree(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
