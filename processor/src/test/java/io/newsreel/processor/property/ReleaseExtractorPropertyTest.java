package io.newsreel.processor.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.processor.release.ReleaseExtractor;
import io.newsreel.processor.release.ReleaseFact;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link ReleaseExtractor} (and through it the date resolver) on any text and any publication time: it never throws,
 * says the same thing twice, points its evidence at the sentence it quotes, and resolves every date and window to
 * somewhere near the publication date, never to a story's setting decades away.
 */
class ReleaseExtractorPropertyTest {

    /**
     * Stated years count up to 3 years either side of publication; a derived finale may run up to 3 years past a
     * start date; an inferred date or season is at most a year and a bit away. 7 years bounds them all.
     */
    private static final int SANE_YEARS = 7;

    private final ReleaseExtractor extractor = new ReleaseExtractor();

    @Property(tries = 1000)
    void shouldNeverThrowAndKeepEvidenceInsideTheText(@ForAll("texts") final String text,
                                                      @ForAll("publicationTimes") final ZonedDateTime published) {
        final List<ReleaseFact> facts = extractor.extract(text, published);

        assertThat(facts).allSatisfy(fact -> {
            assertThat(fact.evidence().start()).isBetween(0, text.length());
            assertThat(fact.evidence().end()).isBetween(fact.evidence().start(), text.length());
            assertThat(fact.evidence().text()).isEqualTo(
                    text.substring(fact.evidence().start(), fact.evidence().end()));
            assertThat(fact.confidence()).isBetween(0.0, 1.0);
        });
    }

    @Property(tries = 1000)
    void shouldResolveEveryDateNearThePublicationDate(@ForAll("releaseTexts") final String text,
                                                      @ForAll("publicationTimes") final ZonedDateTime published) {
        final LocalDate day = published.toLocalDate();
        final LocalDate earliest = day.minusYears(SANE_YEARS);
        final LocalDate latest = day.plusYears(SANE_YEARS);

        final List<ReleaseFact> facts = extractor.extract(text, published);

        Statistics.label("dated facts").collect(facts.stream().anyMatch(fact -> fact.date() != null
                || fact.window() != null) ? "some" : "none");
        assertThat(facts).allSatisfy(fact -> {
            assertThat(fact.date() != null && fact.window() != null).as("a date and a window").isFalse();
            if (fact.date() != null) {
                assertThat(fact.date()).as("date of %s", fact).isBetween(earliest, latest);
            }
            final DateWindow window = fact.window();
            if (window != null) {
                assertThat(window.from()).as("window start of %s", fact).isBetween(earliest, latest);
                assertThat(window.to()).as("window end of %s", fact).isBetween(window.from(), latest);
            }
        });
    }

    @Property(tries = 500)
    void shouldBeDeterministic(@ForAll("releaseTexts") final String text,
                               @ForAll("publicationTimes") final ZonedDateTime published) {
        assertThat(extractor.extract(new String(text.toCharArray()), published))
                .isEqualTo(new ReleaseExtractor().extract(text, published));
    }

    @Property(tries = 10)
    void shouldReadHugeTexts(@ForAll("hugeTexts") final String text,
                             @ForAll("publicationTimes") final ZonedDateTime published) {
        assertThat(extractor.extract(text, published)).allSatisfy(
                fact -> assertThat(fact.evidence().end()).isLessThanOrEqualTo(text.length()));
    }

    @Provide
    Arbitrary<String> texts() {
        return HostileText.any();
    }

    @Provide
    Arbitrary<String> releaseTexts() {
        return HostileText.salad();
    }

    @Provide
    Arbitrary<String> hugeTexts() {
        return HostileText.huge(200_000);
    }

    /** Any minute from 1971 to 2099, in any zone the JDK knows, the date line's both sides included. */
    @Provide
    Arbitrary<ZonedDateTime> publicationTimes() {
        final Arbitrary<LocalDateTime> local = Arbitraries.longs()
                .between(LocalDateTime.of(1971, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                        LocalDateTime.of(2099, 12, 31, 23, 59).toEpochSecond(ZoneOffset.UTC))
                .map(seconds -> LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC))
                .edgeCases(edges -> edges.add(LocalDateTime.of(2024, 2, 29, 23, 59),
                        LocalDateTime.of(2023, 12, 31, 23, 59)));
        final Arbitrary<ZoneId> zone = Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toList())
                .map(ZoneId::of);
        return Combinators.combine(local, zone).as(ZonedDateTime::of);
    }
}
