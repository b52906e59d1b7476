package io.newsreel.processor.retag;

import io.newsreel.contract.event.CharacterTag;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Hand-made tags for the re-tag tests: short to write, so each test shows only what it is about. */
final class Tags {

    static final Instant PUBLISHED = Instant.parse("2024-03-01T00:00:00Z");

    private Tags() {
    }

    static TaggedArticle article(final String id, final List<ShowTag> shows, final List<PersonTag> persons) {
        return article(id, shows, persons, List.of(), List.of());
    }

    static TaggedArticle article(final String id, final List<ShowTag> shows, final List<PersonTag> persons,
                                 final List<CharacterTag> characters, final List<ReleaseEvent> releases) {
        return new TaggedArticle(id, 1, "https://desk.example/" + id, "https://desk.example/feed", "Title of " + id,
                PUBLISHED, null, shows, persons, characters, releases, "rules-1");
    }

    static ShowTag show(final String id, final String name, final String text, final int start) {
        return new ShowTag(id, name, null, Salience.PRIMARY, 0.95,
                new Evidence(text, start, start + text.length(), "alias:" + text.toLowerCase()));
    }

    static PersonTag person(final String id, final String name, final String text, final int start) {
        return new PersonTag(id, name, List.of("actor"), List.of(text), 0.9,
                new Evidence(text, start, start + text.length(), "name:" + id));
    }

    static ReleaseEvent premiere(final String showId, final LocalDate date) {
        return new ReleaseEvent(showId, showId, null, ReleaseType.PREMIERE, date, null, "Netflix", null, null,
                List.of(), "a1", new Evidence("premieres", 40, 49, "premiere"), 0.8);
    }
}
