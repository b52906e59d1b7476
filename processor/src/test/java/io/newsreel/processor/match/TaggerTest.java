package io.newsreel.processor.match;

import static io.newsreel.processor.fixtures.Fixtures.KEUM_SAE_ROK;
import static io.newsreel.processor.fixtures.Fixtures.MOVING;
import static io.newsreel.processor.fixtures.Fixtures.SOUNDTRACK_2;
import static io.newsreel.processor.fixtures.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.processor.catalog.Catalog;
import org.assertj.core.groups.Tuple;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerTest {

    private final Tagger tagger = new Tagger(Catalog.of(List.of(SOUNDTRACK_2, MOVING, KEUM_SAE_ROK)), "test");

    @Test
    void shouldTagTheTitledShowAsPrimaryAndAPassingMentionAsMention() {
        final TaggedArticle tagged = tagger.tag(article("a1", "Soundtrack No. 2 sets its Disney+ date",
                "The romance stars Kuem Sae-Rok, who had a small part in Moving last year."));

        assertThat(tagged.shows()).extracting(ShowTag::id, ShowTag::salience).containsExactly(
                Tuple.tuple("soundtrack-2", Salience.PRIMARY),
                Tuple.tuple("moving", Salience.MENTION));
        assertThat(tagged.shows().get(0).evidence().text()).isEqualTo("Soundtrack No. 2");
        assertThat(tagged.taggerVersion()).isEqualTo("test");
    }

    @Test
    void shouldTagAPersonUnderEverySpellingWithTheFormsSeen() {
        final TaggedArticle tagged = tagger.tag(article("a2", "Interview",
                "Geum Sae-rok talked about Soundtrack #2. Later, Keum Sae-rok laughed."));

        assertThat(tagged.persons()).singleElement().satisfies(person -> {
            assertThat(person.id()).isEqualTo("keum-sae-rok");
            assertThat(person.mentions()).containsExactly("Geum Sae-rok", "Keum Sae-rok");
            assertThat(person.roles()).containsExactly("actor");
        });
    }

    @Test
    void shouldTagNothingInAnArticleAboutNothingKnown() {
        final TaggedArticle tagged = tagger.tag(article("a3", "Weather", "Rain all week."));

        assertThat(tagged.shows()).isEmpty();
        assertThat(tagged.persons()).isEmpty();
    }
}
