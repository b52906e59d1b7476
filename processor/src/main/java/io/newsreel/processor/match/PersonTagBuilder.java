package io.newsreel.processor.match;

import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonTag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Gathers every mention of one person in an article into one tag. */
final class PersonTagBuilder {

    private final String id;
    private final String name;
    private final List<String> roles;
    private final double confidence;
    private final Evidence evidence;
    private final Set<String> surfaces = new LinkedHashSet<>();
    private final List<int[]> spans = new ArrayList<>();

    PersonTagBuilder(final String id, final String name, final List<String> roles, final double confidence,
                     final Evidence evidence) {
        this.id = id;
        this.name = name;
        this.roles = roles;
        this.confidence = confidence;
        this.evidence = evidence;
    }

    PersonTagBuilder mention(final String surface, final int start, final int end) {
        surfaces.add(surface);
        spans.add(new int[] {start, end});
        return this;
    }

    String id() {
        return id;
    }

    /** Whether one of this person's mentions overlaps the span. */
    boolean at(final int start, final int end) {
        return Spans.anyOverlaps(spans, start, end);
    }

    PersonTag build() {
        return new PersonTag(id, name, roles, List.copyOf(surfaces), confidence, evidence);
    }
}
