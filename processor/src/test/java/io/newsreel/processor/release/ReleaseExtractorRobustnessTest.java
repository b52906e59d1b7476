package io.newsreel.processor.release;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The extractor reads whatever a feed sends; nothing it reads may make it throw. */
class ReleaseExtractorRobustnessTest {

    /** Words chosen to reach every pattern: triggers, dates, numbers, cadences, platforms, punctuation. */
    private static final String[] VOCABULARY = {"premieres", "premiered", "on", "the", "6th", "31st", "0th",
        "99th",
        "December", "Dec.", "February", "30", "0", "45", "2023", "0000", "9999", "2023-13-45", "2024-02-30",
        "every", "Wednesday", "Wednesdays", "and", "Sundays", "weekly", "two", "twenty-four", "999", "episodes",
        "episode", "six-part", "0-episode", "Season", "season", "second", "Part", "ii", "new", "drop", "through",
        "until", "starting", "this", "next", "last", "week", "month", "year", "early", "later", "spring", "winter",
        "in", "March", "May", "tonight", "tomorrow", "finale", "final", "set", "to", "end", "OST", "soundtrack",
        "song", "cast", "as", "confirmed", "not", "press", "conference", "Netflix", "Disney+", "Max", "ENA", ".",
        ",", ";", ":", "—", "–", "!", "?", "\n", "'s", "’s", "#", "No.", "U.S.", "a", "week", "per", "more", "one",
        "of", "following", "each", "now", "streaming", "out", "today", "Sunday,", "April", "28", "mid-2024"};

    private final ReleaseExtractor extractor = new ReleaseExtractor();
    private final ZonedDateTime published = ZonedDateTime.of(2023, 12, 31, 23, 59, 0, 0,
            ZoneId.of("Pacific/Kiritimati"));

    @Test
    void shouldNeverThrowOnRandomCharacters() {
        final Random random = new Random(20231206);
        for (int i = 0; i < 3_000; i++) {
            final char[] chars = new char[random.nextInt(400)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : (char) (' ' + random.nextInt(95));
            }
            final String text = new String(chars);
            assertThatCode(() -> extractor.extract(text, published)).as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void shouldNeverThrowOnRandomReleaseVocabulary() {
        final Random random = new Random(20240823);
        for (int i = 0; i < 5_000; i++) {
            final StringBuilder text = new StringBuilder();
            for (int words = random.nextInt(60); words > 0; words--) {
                text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            final String sample = text.toString();
            assertThatCode(() -> extractor.extract(sample, published)).as(sample).doesNotThrowAnyException();
        }
    }

    @Test
    void shouldNeverThrowOnLongTextWithoutSentenceEnds() {
        final String text = "premieres December 6 every Wednesday two episodes ".repeat(5_000);
        assertThatCode(() -> extractor.extract(text, published)).doesNotThrowAnyException();
    }
}
