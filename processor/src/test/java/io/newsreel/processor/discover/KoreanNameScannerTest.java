package io.newsreel.processor.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.processor.eval.LabelledArticle;
import io.newsreel.processor.eval.LabelledSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KoreanNameScannerTest {

    /** Pieces of names, near misses and what stands around names, joined at random into texts. */
    private static final List<String> PIECES = List.of("Kim", "Lee", "Park", "O", "Namgung", "Ji", "Sae-rok",
            "Ji-min", "Yeon-jin", "Sae-Rok", "Saeroks-rok", "Sae-rokrok", "Abcdef-ghijkl", "Abcde-ghijkl", "A-b",
            "Kim-", "-Kim", "KIM", "Kimx", "kim", "said", "actor", " ", " ", " ", "  ", "-", "_", "1", "'", "(",
            ")", ",", ".", "\n", "\u2019s", "actor", "Actors", "STAR", "stars", "pd", "screenwriter", "xactor",
            "actress", "_", "\u0131", "s", "Kim ", "Sae-rok ", "actor ", "xactor ", "Actors ", "stars ", "pd ",
            "director Kim Sae-rok", "xwriter Sae-rok Park", "Singers Ji-min Lee", "di\u0131rector Kim Ji-min");

    /**
     * A role word right before a name, as a pattern: person discovery must find the same before each name the name
     * pattern finds. Names are read first, so in "Kim-actor Kim Sae-rok" the name is "Kim-actor Kim" and no role
     * word stands before it.
     */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?i:\\b(?<role>"
            + String.join("|", PersonDiscovery.ROLE_WORDS.keySet()) + "))s? $");

    @Property(tries = 2_000)
    void shouldFindWhatTheNamePatternFinds(@ForAll("texts") final String text) {
        assertThat(scanned(text)).as(text).isEqualTo(matched(text));
    }

    @Property(tries = 2_000)
    void shouldTellAWholeNameAsThePatternMatchesIt(@ForAll("texts") final String text) {
        assertThat(KoreanNameScanner.isName(text)).as(text).isEqualTo(KoreanNames.PATTERN.matcher(text).matches());
    }

    @Test
    void shouldTellAWholeNameInEitherOrder() {
        assertThat(List.of("Keum Sae-rok", "Sae-rok Keum", "Keum Sae-rok said", "Sae-rok", "keum Sae-rok", ""))
                .filteredOn(KoreanNameScanner::isName).containsExactly("Keum Sae-rok", "Sae-rok Keum");
    }

    @Property(tries = 2_000)
    void shouldFindTheRoleWordBeforeANameWhereThePatternDid(@ForAll("texts") final String text) {
        assertThat(rolesDiscovered(text)).as(text).isEqualTo(rolesMatched(text));
    }

    @Test
    void shouldFindWhatTheNamePatternFindsInEveryLabelledArticle() {
        for (final LabelledArticle article : LabelledSet.articles()) {
            final String text = article.title() + "\n\n" + article.text();
            assertThat(scanned(text)).as(article.id()).isEqualTo(matched(text));
            assertThat(rolesDiscovered(text)).as(article.id()).isEqualTo(rolesMatched(text));
        }
    }

    @Test
    void shouldReadANameInEitherOrderAndNotInsideALongerWord() {
        assertThat(scanned("Keum Sae-rok and Sae-rok Keum, not xKim Sae-rok or Kim Sae-rok-ah"))
                .containsExactly("0-12", "17-29");
    }

    @Test
    void shouldReadNoNameOverlappingOneReadBefore() {
        // "Sae-rok Park" would be a name too, but "Kim Sae-rok" has taken its given name.
        assertThat(scanned("Kim Sae-rok Park Ji-min")).containsExactly("0-11", "12-23");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    private static List<String> scanned(final String text) {
        return KoreanNameScanner.find(text).stream().map(found -> found.start() + "-" + found.end()).toList();
    }

    private static List<String> rolesDiscovered(final String text) {
        return PersonDiscovery.find(text, List.of()).stream().filter(person -> person.rule().equals("role-word"))
                .map(person -> person.start() + "-" + person.end() + ":" + person.role()).toList();
    }

    private static List<String> rolesMatched(final String text) {
        final List<String> found = new ArrayList<>();
        final Matcher name = KoreanNames.PATTERN.matcher(text);
        while (name.find()) {
            final Matcher role = ROLE_BEFORE.matcher(text).region(0, name.start()).useTransparentBounds(true);
            if (role.find()) {
                found.add(name.start() + "-" + name.end() + ":"
                        + PersonDiscovery.ROLE_WORDS.get(role.group("role").toLowerCase(Locale.ROOT)));
            }
        }
        return found;
    }

    private static List<String> matched(final String text) {
        final List<String> found = new ArrayList<>();
        final Matcher matcher = KoreanNames.PATTERN.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }
}
