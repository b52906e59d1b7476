package io.newsreel.processor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.processor.eval.LabelledArticle;
import io.newsreel.processor.eval.LabelledSet;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GatedPatternTest {

    /** Texts where a gate that left out a character or a trigger would miss a match. */
    private static final List<String> EDGE_CASES = List.of(
            "Do Hyeon-seo (Keum Sae-rok) and Han Seon-woo (as Park Hyung-sik), with Kei (Sohn Jeong-hyuk).",
            "Noh Sang-hyun plays Ji Su-ho. Kei, played by Sohn Jeong-hyuk, sings. Lee Sung-min's Jin Yang-chul.",
            "Lim Ji-yeon, who turns 33 (this year!), is Park Yeon-jin.\nShe played Song Sam-dong; as Oh Seung-hoon,",
            "(as Kim Ji-won) plays\nportrays the family\u2019s founder, Jin Yang-chul as actor Kim Soo-hyun",
            "Director Choi Jung-gyu said actress Seo Hyun-jin had joined, opposite Hyun-jin Seo.",
            "as Lee Do-hyun", "-", "", "Kim Sae-rok", "Noh Jae Won, who was cast as the Han Ji Min of the series",
            "singer Lee Ji-eun and actors Sae-rok Keum, Kim Lee Sae-rok-ah Park Min-young Choi",
            "'Soundtrack #2' is a \"Disney+ series\" season 2 drama.",
            "O'Brien (Kim Na-ra) as-is as.as as Lee Ji-eun(Kim Min-ji)",
            "Reply 1988 Season 2, SEASON 3 of Kingdom, The Glory: Part 2 and Sweet  Home season 10.\nseries 4",
            "In Netflix's hit Physical: 100 Series 2 and \u201cMoving\u201d season 1 'Mr. Sunshine' Part 3",
            // the longest name, the longest aside and the longest name again around "is"
            "Namgung Seoyeo-junghy, an aside of exactly forty characters!!!!, is Hwangbo Aaaaaa-bbbbbb. "
                    + "Namgung Seoyeo-junghy, an aside of exactly forty-one characters!, is Hwangbo Aaaaaa-bbbbbb.",
            "the series is Kim Ji-won's, as the actors said; Kim Ji-won as Park Ha-na (as it were) is set",
            "Lee Sung-min's scheming chaebol Jin Yang-chul, Lee Sung-min's very scheming chaebol Jin Yang-chul, "
                    + "Song Joong-ki's Jin Do-jun is Yoon Hyun-woo is back");

    /** Names, near names and the words around cast pairs, joined at random. */
    private static final List<String> CAST_PIECES = List.of("Kim", "Ji-won", "Sae-rok", "O'Brien", "Lee Sung-min",
            "Noh Jae Won", "Jin Yang-chul", "Han Ji Min", "X", "ab", " ", " ", ", ", ", who ", " who ", ", who plays ",
            " plays ", " portrays ", " as ", " is ", " stars as ", ", who was cast as the ", " is cast as ", "the ",
            "'s ", "\u2019s ", "'s scheming chaebol ", "'s very scheming chaebol ", " (", ")", " (as ", " played by ",
            "-", "'", "\n", ".", "as", "Who ", " played ", "playing ", "police ", "Seoul\u2019s ", "ex-");

    @Test
    void shouldFindWhatThePlainPatternFindsForEveryGatedPatternOfDiscovery() throws ReflectiveOperationException {
        // Given
        final List<String> texts = new ArrayList<>(EDGE_CASES);
        for (final LabelledArticle article : LabelledSet.articles()) {
            texts.add(article.title() + "\n\n" + article.text());
        }

        for (final GatedPattern gated : gatedPatternsOf(CastPatterns.class, PersonDiscovery.class,
                KoreanNames.class, ShowDiscovery.class)) {
            for (final String text : texts) {
                // When
                final List<String> found = new ArrayList<>();
                gated.forEachMatch(text, matcher -> found.add(describe(matcher)));

                // Then
                assertThat(found).as("%s in %s", gated.pattern(), text).isEqualTo(plainMatches(gated.pattern(), text));
            }
        }
    }

    @Property(tries = 3_000)
    void shouldFindWhatThePlainPatternFindsInAnyMixOfNamesAndCastWords(@ForAll("castTexts") final String text)
            throws ReflectiveOperationException {
        for (final GatedPattern gated : gatedPatternsOf(CastPatterns.class, PersonDiscovery.class,
                KoreanNames.class, ShowDiscovery.class)) {
            final List<String> found = new ArrayList<>();
            gated.forEachMatch(text, matcher -> found.add(describe(matcher)));

            assertThat(found).as("%s in %s", gated.pattern(), text).isEqualTo(plainMatches(gated.pattern(), text));
        }
    }

    @Provide
    Arbitrary<String> castTexts() {
        return Arbitraries.of(CAST_PIECES).list().ofMaxSize(14).map(pieces -> String.join("", pieces));
    }

    @Test
    void shouldSearchOnlyTheStretchAroundATrigger() {
        // Given a pattern that would match anywhere, gated on "(" within letters and parentheses
        final GatedPattern gated = GatedPattern.around(Pattern.compile("[A-Z][a-z]+"), Triggers.words("("),
                Stretch.chars(Stretch.lettersAnd("()"), 100, 100));
        final List<String> found = new ArrayList<>();

        // When
        gated.forEachMatch("Alpha Beta(Gamma) Delta, Epsilon(Zeta)", matcher -> found.add(matcher.group()));

        // Then
        assertThat(found).containsExactly("Beta", "Gamma", "Epsilon", "Zeta");
    }

    @Test
    void shouldPassOverATriggerWithoutACapitalOnBothSidesWhenTheMatchIsBetweenNames() {
        // Given a pattern that would take a lower-case word after "as" too
        final GatedPattern gated = GatedPattern.betweenNames(Pattern.compile("[A-Z][a-zA-Z]* as [a-zA-Z]+"),
                Triggers.words(" as "), Stretch.words(Stretch.lettersAnd(" "), 1, 2));
        final List<String> found = new ArrayList<>();

        // When
        gated.forEachMatch("known as rain, Kim as Lee, Kim as rain, rain as Lee",
                matcher -> found.add(matcher.group()));

        // Then
        assertThat(found).containsExactly("Kim as Lee");
    }

    @Test
    void shouldTriggerOnlyBeforeACapitalWhenAsked() {
        // Given
        final Triggers triggers = Triggers.wordsBeforeCapital(" is ");

        // When
        final int[] at = triggers.in("It is here. Lee is Kim, is Park, is");

        // Then
        assertThat(at).containsExactly(15, 23);
    }

    @Test
    void shouldTryAPatternStartingAtATriggerOnlyThereAndNotInsideAnEarlierMatch() {
        // Given
        final GatedPattern gated = GatedPattern.startingAt(Pattern.compile("as [a-z]+"), Triggers.wordStarts("as"));
        final List<String> found = new ArrayList<>();

        // When
        gated.forEachMatch("has as asset, was as last as", matcher -> found.add(matcher.group()));

        // Then
        assertThat(found).containsExactly("as asset", "as last");
    }

    private static List<String> plainMatches(final Pattern pattern, final String text) {
        final List<String> found = new ArrayList<>();
        final Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(describe(matcher));
        }
        return found;
    }

    private static String describe(final Matcher matcher) {
        final StringBuilder groups = new StringBuilder();
        for (int group = 0; group <= matcher.groupCount(); group++) {
            groups.append('[').append(matcher.start(group)).append(',').append(matcher.end(group)).append(']');
        }
        return groups.toString();
    }

    private static List<GatedPattern> gatedPatternsOf(final Class<?>... types) throws IllegalAccessException {
        final List<GatedPattern> gated = new ArrayList<>();
        for (final Field field : Stream.of(types).flatMap(type -> Stream.of(type.getDeclaredFields())).toList()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == GatedPattern.class) {
                field.setAccessible(true);
                gated.add((GatedPattern) field.get(null));
            }
        }
        assertThat(gated).as("gated patterns found").hasSizeGreaterThanOrEqualTo(8);
        return gated;
    }
}
