package io.newsreel.processor.retag;

import io.newsreel.contract.event.CharacterTag;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Compares an article's published tags with the tags it gets now. Shows, persons and characters are compared by id
 * (a character by name); a tag lost and another gained for the same evidence (the same span of text, or the same
 * words) is one move, e.g. the discovered {@code steve-noh} becoming the catalog's {@code noh-sang-hyun} once the
 * catalog knows the alias. Release events are compared whole. Plain Java, no Kafka.
 */
public final class TagDiff {

    private static final Side<ShowTag> SHOWS = new Side<>(ShowTag::id,
            show -> label(show.id(), show.name()), ShowTag::evidence, TagDiff::showDetails,
            ChangeKind.SHOW_ADDED, ChangeKind.SHOW_REMOVED, ChangeKind.SHOW_MOVED, ChangeKind.SHOW_UPDATED);
    private static final Side<PersonTag> PERSONS = new Side<>(PersonTag::id,
            person -> label(person.id(), person.name()), PersonTag::evidence, TagDiff::personDetails,
            ChangeKind.PERSON_ADDED, ChangeKind.PERSON_REMOVED, ChangeKind.PERSON_MOVED, ChangeKind.PERSON_UPDATED);
    /** A character is the same character under the same name; who plays it is one of its details. */
    private static final Side<CharacterTag> CHARACTERS = new Side<>(
            character -> character.name().toLowerCase(Locale.ROOT), TagDiff::characterLabel,
            CharacterTag::evidence, TagDiff::characterDetails,
            ChangeKind.CHARACTER_ADDED, ChangeKind.CHARACTER_REMOVED, null, ChangeKind.CHARACTER_UPDATED);

    private TagDiff() {
    }

    public static ArticleDiff between(final TaggedArticle current, final TaggedArticle retagged) {
        final List<TagChange> changes = new ArrayList<>();
        changes.addAll(SHOWS.changes(current.shows(), retagged.shows()));
        changes.addAll(PERSONS.changes(current.persons(), retagged.persons()));
        changes.addAll(CHARACTERS.changes(current.characters(), retagged.characters()));
        changes.addAll(releases(current.releaseEvents(), retagged.releaseEvents()));
        return new ArticleDiff(current, retagged, changes);
    }

    private static List<TagChange> releases(final List<ReleaseEvent> before, final List<ReleaseEvent> after) {
        final List<ReleaseEvent> lost = new ArrayList<>(before);
        final List<ReleaseEvent> gained = new ArrayList<>();
        for (final ReleaseEvent event : after) {
            if (!lost.remove(event)) {
                gained.add(event);
            }
        }
        final List<TagChange> changes = new ArrayList<>();
        gained.forEach(event -> changes.add(new TagChange(ChangeKind.RELEASE_ADDED, null, releaseLabel(event),
                evidenceNote(event.evidence()))));
        lost.forEach(event -> changes.add(new TagChange(ChangeKind.RELEASE_REMOVED, releaseLabel(event), null,
                evidenceNote(event.evidence()))));
        return changes;
    }

    /** Two tags found in the same place of the same article, or from the same words. */
    static boolean sameEvidence(final Evidence one, final Evidence other) {
        if (one == null || other == null) {
            return false;
        }
        final boolean overlap = one.start() < other.end() && other.start() < one.end();
        return overlap || one.text() != null && one.text().equalsIgnoreCase(other.text());
    }

    private static List<String> showDetails(final ShowTag before, final ShowTag after) {
        final List<String> details = new ArrayList<>();
        changed(details, "name", before.name(), after.name());
        changed(details, "season", before.season(), after.season());
        changed(details, "salience", before.salience(), after.salience());
        changed(details, "confidence", confidence(before.confidence()), confidence(after.confidence()));
        if (!Objects.equals(before.evidence(), after.evidence())) {
            details.add("evidence");
        }
        return details;
    }

    private static List<String> personDetails(final PersonTag before, final PersonTag after) {
        final List<String> details = new ArrayList<>();
        changed(details, "name", before.name(), after.name());
        changed(details, "roles", before.roles(), after.roles());
        changed(details, "mentions", before.mentions(), after.mentions());
        changed(details, "confidence", confidence(before.confidence()), confidence(after.confidence()));
        if (!Objects.equals(before.evidence(), after.evidence())) {
            details.add("evidence");
        }
        return details;
    }

    private static List<String> characterDetails(final CharacterTag before, final CharacterTag after) {
        final List<String> details = new ArrayList<>();
        changed(details, "actor", before.personId(), after.personId());
        changed(details, "show", before.showId(), after.showId());
        changed(details, "name", before.name(), after.name());
        if (!Objects.equals(before.evidence(), after.evidence())) {
            details.add("evidence");
        }
        return details;
    }

    private static void changed(final List<String> details, final String field, final Object before,
                                final Object after) {
        if (!Objects.equals(before, after)) {
            details.add(field + " " + before + " -> " + after);
        }
    }

    private static String confidence(final double confidence) {
        return String.format(Locale.ROOT, "%.2f", confidence);
    }

    private static String label(final String id, final String name) {
        return name == null || name.isBlank() || name.equals(id) ? id : id + " (" + name + ")";
    }

    private static String characterLabel(final CharacterTag character) {
        return character.name() + " (" + (character.personId() == null ? "actor unknown" : character.personId())
                + (character.showId() == null ? "" : ", " + character.showId()) + ")";
    }

    private static String releaseLabel(final ReleaseEvent event) {
        final String when = event.date() != null ? event.date().toString()
                : event.dateWindow() != null ? event.dateWindow().from() + ".." + event.dateWindow().to()
                : "undated";
        return event.showId() + " " + event.type() + (event.season() == null ? "" : " season " + event.season())
                + " " + when;
    }

    private static String evidenceNote(final Evidence evidence) {
        return evidence == null || evidence.text() == null ? "" : "at \"" + evidence.text() + "\"";
    }

    /**
     * How to compare one kind of tag.
     *
     * @param moved null when tags of this kind never move
     */
    private record Side<T>(Function<T, String> id, Function<T, String> label, Function<T, Evidence> evidence,
                           BiFunction<T, T, List<String>> details, ChangeKind added, ChangeKind removed,
                           ChangeKind moved, ChangeKind updated) {

        List<TagChange> changes(final List<T> before, final List<T> after) {
            final Map<String, T> old = byId(before);
            final Map<String, T> now = byId(after);
            final List<T> lost = new ArrayList<>();
            old.forEach((key, tag) -> {
                if (!now.containsKey(key)) {
                    lost.add(tag);
                }
            });
            final List<T> gained = new ArrayList<>();
            now.forEach((key, tag) -> {
                if (!old.containsKey(key)) {
                    gained.add(tag);
                }
            });
            final List<TagChange> changes = new ArrayList<>();
            if (moved != null) {
                for (final T from : List.copyOf(lost)) {
                    gained.stream().filter(to -> sameEvidence(evidence.apply(from), evidence.apply(to))).findFirst()
                            .ifPresent(to -> {
                                changes.add(new TagChange(moved, label.apply(from), label.apply(to),
                                        evidenceNote(evidence.apply(to))));
                                lost.remove(from);
                                gained.remove(to);
                            });
                }
            }
            gained.forEach(tag -> changes.add(new TagChange(added, null, label.apply(tag),
                    evidenceNote(evidence.apply(tag)))));
            lost.forEach(tag -> changes.add(new TagChange(removed, label.apply(tag), null,
                    evidenceNote(evidence.apply(tag)))));
            now.forEach((key, tag) -> {
                final T was = old.get(key);
                if (was != null && !was.equals(tag)) {
                    changes.add(new TagChange(updated, label.apply(was), label.apply(tag),
                            "changed: " + String.join(", ", details.apply(was, tag))));
                }
            });
            return changes;
        }

        private Map<String, T> byId(final List<T> tags) {
            final Map<String, T> byId = new LinkedHashMap<>();
            tags.forEach(tag -> byId.putIfAbsent(id.apply(tag), tag));
            return byId;
        }
    }
}
