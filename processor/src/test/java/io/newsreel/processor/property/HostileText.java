package io.newsreel.processor.property;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Text no feed should send and some will: any UTF-16 code unit (controls, lone surrogates, private use), mixed
 * scripts, HTML left in by a careless feed, and word salads built from the names and release phrases the tagger
 * looks for, so that generated text reaches the matchers and not only their early exits.
 */
final class HostileText {

    /** Names from the seed catalog, in spellings the matchers fold together, and near misses. */
    private static final List<String> NAMES = List.of("Soundtrack #1", "Soundtrack No. 2", "사운드트랙 #2",
            "Moving", "Kuem Sae-Rok", "Keum Sae-rok", "Geum Saerok", "Park Hyung-sik", "Park Hyeong-sik",
            "Han So-hee", "Lee", "Yi", "Sohn", "Son", "Jeong", "Jung", "hyuk", "hyuck", "Kim", "Do Hyeon-seo",
            "(as Han Seon-woo)", "played by", "plays", "actor", "director", "writer", "Season 2", "Part 2",
            "\"Moonlit Harbour\"", "‘Moonlit Harbour’", "drama", "series");

    /** Words that open release sentences, dates in every form, numbers, cadences and platforms. */
    private static final List<String> RELEASE_WORDS = List.of("premieres", "premiered", "will premiere", "airs",
            "finale", "final episode", "new episodes", "every", "Wednesdays and Thursdays", "weekly", "on", "the",
            "6th", "31st", "0th", "99th", "December 6", "Dec. 31", "February 29", "February 30", "2023", "2024",
            "1945", "9999", "0000", "2024-02-29", "2023-13-45", "12/25", "tonight", "tomorrow", "yesterday",
            "next Friday", "last Sunday", "this week", "next month", "later this year", "early 2024", "mid-2025",
            "spring", "this summer", "next winter", "in March", "March 2024", "late March", "16 episodes",
            "twenty-four episodes", "six-part", "press conference", "OST", "soundtrack", "Netflix", "Disney+",
            "tvN", "JTBC", "ENA", "Coupang Play", "Sunday, April 28", "at 9 p.m. KST", "through", "until");

    private static final List<String> HTML = List.of("<b>", "</b>", "<p>", "</p>", "<br/>", "<script>alert(1)</script>",
            "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&#8217;", "&#x1F600;", "&#0;", "&bogus;",
            "<a href=\"javascript:alert(1)\">", "</a>", "<img src=x onerror=alert(1)>", "<", ">", "\"", "'");

    private static final List<String> SEPARATORS = List.of(" ", " ", " ", ". ", ", ", "\n", "\n\n", "\t", "—",
            "–", "-", "’s ", "'s ", "!", "?", ":", ";", "(", ")", "\u00a0", "\u200b", "\u202e", "\r\n", "");

    private HostileText() {
    }

    /** Any of the kinds below, up to a few hundred characters. */
    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, anyCodeUnits()),
                Tuple.of(3, mixedScripts()),
                Tuple.of(4, salad()));
    }

    /** Every UTF-16 code unit is possible, lone surrogates and controls included. */
    static Arbitrary<String> anyCodeUnits() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    /** Latin with diacritics and combining marks, Hangul, CJK, Cyrillic, Arabic, emoji, controls, bidi marks. */
    static Arbitrary<String> mixedScripts() {
        final Arbitrary<String> bmp = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u0000', '\u001f')
                .withCharRange('\u007f', '\u024f')
                .withCharRange('\u0300', '\u036f')
                .withCharRange('\u0400', '\u04ff')
                .withCharRange('\u0600', '\u06ff')
                .withCharRange('\u1100', '\u11ff')
                .withCharRange('\u2000', '\u206f')
                .withCharRange('\u2160', '\u2188')
                .withCharRange('\u3000', '\u303f')
                .withCharRange('\u3130', '\u318f')
                .withCharRange('\u4e00', '\u4fff')
                .withCharRange('\uac00', '\ud7a3')
                .withCharRange('\ud800', '\udfff')
                .withCharRange('\ufb00', '\ufb4f')
                .withCharRange('\ufe00', '\ufe0f')
                .withCharRange('\uff00', '\uffef')
                .ofMaxLength(40);
        final Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)
                .map(Character::toString);
        return Arbitraries.oneOf(bmp, bmp, supplementary).list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    /** Names, release phrases, HTML and noise joined by sentence-ish separators. */
    static Arbitrary<String> salad() {
        final Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(NAMES)),
                Tuple.of(4, Arbitraries.of(RELEASE_WORDS)),
                Tuple.of(2, Arbitraries.of(HTML)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(4)),
                Tuple.of(1, Arbitraries.integers().between(-5, 100_000).map(String::valueOf)));
        return Combinators.combine(word, Arbitraries.of(SEPARATORS)).as((w, separator) -> w + separator)
                .list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /** A large article: a salad repeated to between {@code minChars} and about twice that. */
    static Arbitrary<String> huge(final int minChars) {
        return salad().filter(s -> !s.isEmpty()).map(s -> {
            final StringBuilder text = new StringBuilder(minChars * 2);
            while (text.length() < minChars) {
                text.append(s).append('\n');
            }
            return text.toString();
        });
    }
}
