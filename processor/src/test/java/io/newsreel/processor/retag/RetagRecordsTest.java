package io.newsreel.processor.retag;

import static io.newsreel.processor.retag.Tags.article;
import static io.newsreel.processor.retag.Tags.person;
import static io.newsreel.processor.retag.Tags.premiere;
import static io.newsreel.processor.retag.Tags.show;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.topic.Topics;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class RetagRecordsTest {

    private static final ShowTag KEPT = show("moonlit-ledger", "Moonlit Ledger", "Moonlit Ledger", 0);
    private static final ShowTag LOST = show("moonlit", "Moonlit", "Moonlit", 100);
    private static final PersonTag DISCOVERED = person("steve-noh", "Steve Noh", "Steve Noh", 40);
    private static final PersonTag CATALOGUED = person("noh-sang-hyun", "Noh Sang-hyun", "Steve Noh", 40);

    @Test
    void shouldPublishTheNewTagsAndRetractEveryLostShowAndPersonWithTheNewArticle() {
        // Given
        final TaggedArticle current = article("a1", List.of(KEPT, LOST), List.of(DISCOVERED));
        final TaggedArticle retagged = article("a1", List.of(KEPT), List.of(CATALOGUED), List.of(),
                List.of(premiere("moonlit-ledger", LocalDate.parse("2024-04-05"))));

        // When
        final List<Outgoing<?>> records = RetagRecords.of(current, retagged);

        // Then
        assertThat(records).extracting(record -> record.topic().name(), Outgoing::key).containsExactly(
                Tuple.tuple("tagged-articles", "a1"),
                Tuple.tuple("show-tags", "moonlit-ledger"),
                Tuple.tuple("show-tags", "moonlit"),
                Tuple.tuple("person-tags", "noh-sang-hyun"),
                Tuple.tuple("person-tags", "steve-noh"),
                Tuple.tuple("release-events", "moonlit-ledger"));
        assertThat(records.get(0).value()).isEqualTo(retagged);
        assertThat(records.get(1).value()).isEqualTo(new ShowTagged(KEPT, retagged));
        assertThat(records.get(2).value()).as("retraction").isEqualTo(new ShowTagged(LOST, retagged));
        assertThat(records.get(3).value()).isEqualTo(new PersonTagged(CATALOGUED, retagged));
        assertThat(records.get(4).value()).as("retraction").isEqualTo(new PersonTagged(DISCOVERED, retagged));
        assertThat(records.get(5).value()).isEqualTo(retagged.releaseEvents().get(0));
    }

    @Test
    void shouldSerializeWithTheTopicsOwnSerde() {
        final TaggedArticle retagged = article("a1", List.of(KEPT), List.of());

        final byte[] bytes = RetagRecords.of(retagged, retagged).get(0).toRecord().value();

        assertThat(Topics.TAGGED_ARTICLES.valueSerde().fromBytes(bytes)).isEqualTo(retagged);
    }
}
