package io.newsreel.processor.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Near tries a pattern only where a word starts: what it finds must be what a search of the window finds. */
class NearTest {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?:\\b(friday|sunday),?\\s+)?\\b(dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:th)?\\b"),
            Pattern.compile("\\b(on|from|the)\\s+the\\s+(\\d{1,2})th\\b"),
            Pattern.compile("\\b(?:(next|last)\\s+)?(december|dec)\\b(?:,?\\s+(\\d{4})\\b)?"),
            Pattern.compile("\\b\\d+\\b|\\bdec_\\w*"));
    private static final List<String> PIECES = List.of("december", "dec", "dec.", "6", "6th", "2023", "on", "the",
            "next", "friday", ",", " ", "  ", "-", "_", "x", ".", "\n", "é");

    @Property(tries = 2000)
    void shouldFindAroundEachCueWhatSearchingTheWindowFinds(@ForAll("texts") final String text,
                                                            @ForAll("reaches") final int before,
                                                            @ForAll("reaches") final int after,
                                                            @ForAll("patterns") final Pattern pattern) {
        final Sentence sentence = sentence(text);

        final List<String> tried = new ArrayList<>();
        Near.cues(sentence, CueKind.MONTH, pattern, before, after, m -> tried.add(m.start() + "-" + m.end()));

        assertThat(tried).as("'%s' %s", text, pattern).isEqualTo(searched(sentence, pattern, before, after));
    }

    @Property(tries = 2000)
    void shouldFindEveryMatchEndingByTheLimitWhenSkippingWindowsPastIt(@ForAll("texts") final String text,
                                                                       @ForAll("reaches") final int before,
                                                                       @ForAll("reaches") final int after,
                                                                       @ForAll("reaches") final int until,
                                                                       @ForAll("patterns") final Pattern pattern) {
        final Sentence sentence = sentence(text);

        final List<String> all = new ArrayList<>();
        Near.cues(sentence, CueKind.MONTH, pattern, before, after, m -> {
            if (m.end() <= until) {
                all.add(m.start() + "-" + m.end());
            }
        });
        final List<String> limited = new ArrayList<>();
        Near.cuesBefore(sentence, CueKind.MONTH, pattern, before, after, until, m -> {
            if (m.end() <= until) {
                limited.add(m.start() + "-" + m.end());
            }
        });

        assertThat(limited).as("'%s' %s until %d", text, pattern, until).isEqualTo(all);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(16).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<Integer> reaches() {
        return Arbitraries.integers().between(0, 20);
    }

    @Provide
    Arbitrary<Pattern> patterns() {
        return Arbitraries.of(PATTERNS);
    }

    /** Every "dec" and "december" that stands as a word is a month cue. */
    private static Sentence sentence(final String text) {
        final List<CueHit> hits = new ArrayList<>();
        final Matcher month = Pattern.compile("\\b(?:december|dec)\\b").matcher(text);
        while (month.find()) {
            hits.add(new CueHit(Cue.valued(month.group(), CueKind.MONTH, "12"), month.start(), month.end()));
        }
        return Sentence.of(text, text, 0, text.length(), hits, new Matchers(text));
    }

    /** The plain way: find() across each window, each match once. */
    private static List<String> searched(final Sentence sentence, final Pattern pattern, final int before,
                                         final int after) {
        final List<String> found = new ArrayList<>();
        final Matcher matcher = pattern.matcher(sentence.lower()).useTransparentBounds(true);
        int done = -1;
        for (final CueHit hit : sentence.hits()) {
            matcher.region(Math.max(sentence.start(), hit.start() - before),
                    Math.min(sentence.end(), hit.end() + after));
            while (matcher.find()) {
                if (matcher.start() >= done) {
                    found.add(matcher.start() + "-" + matcher.end());
                    done = matcher.end();
                }
            }
        }
        return found;
    }
}
