package io.newsreel.sink.routing;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;

/** Routing from Kafka Streams' own metadata: which instance is the active owner of each key's partition. */
public final class StreamsInstanceRouting implements InstanceRouting {

    private final StartedStreams local;

    public StreamsInstanceRouting(final StartedStreams local) {
        this.local = local;
    }

    @Override
    public Optional<Instance> ownerOf(final String store, final String key) {
        final KeyQueryMetadata metadata = running().queryMetadataForKey(store, key, Serdes.String().serializer());
        if (KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw new InstancesUnavailable("No instance owns " + store + " key " + key + " yet");
        }
        final Instance owner = new Instance(metadata.activeHost().host(), metadata.activeHost().port());
        return owner.equals(local.self()) ? Optional.empty() : Optional.of(owner);
    }

    @Override
    public List<Instance> otherInstances() {
        return running().metadataForAllStreamsClients().stream()
                .map(StreamsMetadata::hostInfo)
                .map(host -> new Instance(host.host(), host.port()))
                .filter(instance -> !instance.equals(local.self()))
                .distinct()
                .toList();
    }

    /** Streams, when its partitions are settled: while they move, the metadata can name a former owner. */
    private KafkaStreams running() {
        final KafkaStreams streams = local.streams();
        if (streams.state() != KafkaStreams.State.RUNNING) {
            throw new InstancesUnavailable("The sink's partitions are being assigned (" + streams.state() + ")");
        }
        return streams;
    }
}
