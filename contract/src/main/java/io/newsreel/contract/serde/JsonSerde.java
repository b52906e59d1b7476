package io.newsreel.contract.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde writing one record type as UTF-8 JSON through {@link Json#MAPPER}. Null in gives null out, so
 * tombstones pass through; Jackson failures become {@link SerializationException}s naming the type.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    private JsonSerde(final Class<T> type) {
        this.type = type;
        this.writer = Json.MAPPER.writerFor(type);
        this.reader = Json.MAPPER.readerFor(type);
    }

    public static <T> JsonSerde<T> of(final Class<T> type) {
        return new JsonSerde<>(type);
    }

    public byte[] toBytes(final T value) {
        if (value == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(value);
        } catch (final JsonProcessingException e) {
            throw new SerializationException("Cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    public T fromBytes(final byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return reader.readValue(bytes);
        } catch (final IOException e) {
            throw new SerializationException("Cannot read " + type.getSimpleName() + " from JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> toBytes(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> fromBytes(bytes);
    }
}
