package io.newsreel.contract.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A show or a person in the catalog, published on the compacted {@code catalog} topic under {@link #key()}.
 * A tombstone for that key removes the entry.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ShowEntry.class, name = "show"),
        @JsonSubTypes.Type(value = PersonEntry.class, name = "person")})
public sealed interface CatalogEntry permits ShowEntry, PersonEntry {

    String id();

    /** The record key on the catalog topic: ids of shows and persons never collide because of the prefix. */
    @JsonIgnore
    String key();
}
