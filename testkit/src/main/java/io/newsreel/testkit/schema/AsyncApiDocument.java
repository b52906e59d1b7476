package io.newsreel.testkit.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * newsreel's AsyncAPI document ({@code docs/asyncapi.yaml} in the contract module) read as what each topic may
 * carry: the channel whose address is the topic, its one message, that message's key schema (its Kafka binding's
 * {@code key}) and payload schema.
 */
public final class AsyncApiDocument {

    public static final String RESOURCE = "docs/asyncapi.yaml";

    private final DocumentSchemas schemas = DocumentSchemas.asyncApi(RESOURCE);

    public JsonNode document() {
        return schemas.document();
    }

    /** The channel whose address is {@code topic}, if any. */
    public Optional<JsonNode> channel(final String topic) {
        return StreamSupport.stream(document().path("channels").spliterator(), false)
                .filter(channel -> topic.equals(channel.path("address").asText()))
                .findFirst();
    }

    /** JSON pointer of the message the channel of {@code topic} carries; a channel carries exactly one. */
    public String messagePointer(final String topic) {
        final JsonNode messages = channel(topic)
                .orElseThrow(() -> new IllegalArgumentException("No channel for topic " + topic))
                .path("messages");
        if (messages.size() != 1) {
            throw new IllegalStateException("The channel of " + topic + " carries " + messages.size()
                    + " messages; newsreel's topics carry one type each");
        }
        final String ref = messages.elements().next().path("$ref").asText();
        if (!ref.startsWith("#/components/messages/")) {
            throw new IllegalStateException("The message of " + topic + " is not a reference to a component: " + ref);
        }
        return ref.substring(1);
    }

    /** What is wrong with a record key of {@code topic}; a null key is JSON null. */
    public List<String> keyViolations(final String topic, final String key) {
        return schemas.violations(messagePointer(topic) + "/bindings/kafka/key",
                key == null ? NullNode.getInstance() : TextNode.valueOf(key));
    }

    /** What is wrong with a record value of {@code topic}, read as JSON. */
    public List<String> valueViolations(final String topic, final JsonNode value) {
        return schemas.violations(messagePointer(topic) + "/payload", value);
    }

    /** Loads the key and payload schemas of {@code topic}'s message; fails on a reference that resolves nowhere. */
    public void loadSchemas(final String topic) {
        schemas.load(messagePointer(topic) + "/bindings/kafka/key");
        schemas.load(messagePointer(topic) + "/payload");
    }
}
