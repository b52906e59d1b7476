package io.newsreel.processor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class CastPatternsTest {

    @Test
    void shouldPairACharacterWithTheActorInParentheses() {
        assertThat(CastPatterns.find("The story follows Do Hyeon-seo (Keum Sae-rok), a songwriter."))
                .extracting(CastMention::person, CastMention::character, CastMention::rule)
                .containsExactly(Tuple.tuple("Keum Sae-rok", "Do Hyeon-seo", "character-(actor)"));
    }

    @Test
    void shouldPairAnActorWithTheCharacterPlayedAfterAs() {
        assertThat(CastPatterns.find("It reunites Park Hyung-sik (as Han Seon-woo) with his co-star."))
                .extracting(CastMention::person, CastMention::character)
                .containsExactly(Tuple.tuple("Park Hyung-sik", "Han Seon-woo"));
    }

    @Test
    void shouldReadPlaysAndPlayedBy() {
        assertThat(CastPatterns.find("Noh Sang-hyun plays Ji Su-ho. Kei, played by Sohn Jeong-hyuk, sings."))
                .extracting(CastMention::person, CastMention::character)
                .containsExactlyInAnyOrder(Tuple.tuple("Noh Sang-hyun", "Ji Su-ho"),
                        Tuple.tuple("Sohn Jeong-hyuk", "Kei"));
    }

    @Test
    void shouldFindNothingInPlainProse() {
        assertThat(CastPatterns.find("The drama premieres on Wednesday with two episodes.")).isEmpty();
    }

    @Test
    void shouldTakeTheNameAfterACastingVerbAsACharacter() {
        assertThat(CastPatterns.characterOnly("He played Song Sam-dong, then plays police officer Oh Seung-hoon, and "
                + "stars as the family's founder, Jin Yang-chul."))
                .extracting(CastPatterns.Span::text)
                .containsExactly("Song Sam-dong", "Oh Seung-hoon", "Jin Yang-chul");
    }

    @Test
    void shouldNotTakeANameAfterAWordThatOnlyBeginsLikeACastingVerb() {
        assertThat(CastPatterns.characterOnly("Reporters asked Kim Ji-won about the finale; the playoffs "
                + "Park Min-young won came later.")).isEmpty();
    }
}
