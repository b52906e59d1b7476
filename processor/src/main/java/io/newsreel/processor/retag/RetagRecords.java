package io.newsreel.processor.retag;

import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records that correct one re-tagged article downstream: what the processor's topology publishes for a tagged
 * article, plus a retraction for every show and person it lost. A retraction is the lost tag with the new article,
 * keyed by the lost id: the article no longer lists that show or person, which the sink reads as "take this article
 * off that timeline or page".
 */
final class RetagRecords {

    private RetagRecords() {
    }

    static List<Outgoing<?>> of(final TaggedArticle current, final TaggedArticle retagged) {
        final List<Outgoing<?>> records = new ArrayList<>();
        records.add(new Outgoing<>(Topics.TAGGED_ARTICLES, retagged.id(), retagged));
        final Set<String> shows = retagged.shows().stream().map(ShowTag::id).collect(Collectors.toSet());
        retagged.shows().forEach(show ->
                records.add(new Outgoing<>(Topics.SHOW_TAGS, show.id(), new ShowTagged(show, retagged))));
        current.shows().stream().filter(show -> !shows.contains(show.id())).forEach(lost ->
                records.add(new Outgoing<>(Topics.SHOW_TAGS, lost.id(), new ShowTagged(lost, retagged))));
        final Set<String> persons = retagged.persons().stream().map(PersonTag::id).collect(Collectors.toSet());
        retagged.persons().forEach(person ->
                records.add(new Outgoing<>(Topics.PERSON_TAGS, person.id(), new PersonTagged(person, retagged))));
        current.persons().stream().filter(person -> !persons.contains(person.id())).forEach(lost ->
                records.add(new Outgoing<>(Topics.PERSON_TAGS, lost.id(), new PersonTagged(lost, retagged))));
        retagged.releaseEvents().forEach(event ->
                records.add(new Outgoing<>(Topics.RELEASE_EVENTS, event.showId(), event)));
        return records;
    }
}
