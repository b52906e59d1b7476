package io.newsreel.processor.discover;

import io.newsreel.processor.trie.Alternation;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a romanized Korean personal name looks like: a known family name and a given name of one or two syllables,
 * usually hyphenated ("Keum Sae-rok"), in Korean or Western order. The family names are the common ones in their
 * usual romanizations; a hyphenated given name after one of them is a strong sign of a person.
 */
final class KoreanNames {

    static final Set<String> FAMILY_NAMES = Set.of(
            "Kim", "Gim", "Lee", "Yi", "Rhee", "Park", "Pak", "Bak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang",
            "Gang", "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "O", "Seo", "Suh", "Shin",
            "Sin", "Kwon", "Gwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu", "Ryu", "Ryoo", "Hong", "Jeon", "Jun",
            "Chun", "Go", "Ko", "Moon", "Mun", "Yang", "Son", "Sohn", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Noh",
            "No", "Roh", "Ha", "Kwak", "Gwak", "Sung", "Seong", "Cha", "Joo", "Ju", "Woo", "Koo", "Gu", "Min", "Na",
            "Jin", "Ji", "Um", "Eom", "Chae", "Won", "Bang", "Gong", "Kong", "Hyun", "Hyeon", "Byun", "Byeon", "Yeo",
            "Chu", "Do", "So", "Seok", "Sun", "Seon", "Seol", "Ma", "Gil", "Yeon", "Wi", "Pyo", "Myung", "Ki", "Gi",
            "Ban", "Ra", "Wang", "Geum", "Keum", "Kuem", "Ok", "Yook", "Yuk", "In", "Je", "Mo", "Tak", "Yeom", "Bong",
            "Zo", "Uhm", "Kye", "Goo", "Yum", "Namgung", "Hwangbo", "Seonwoo", "Dokgo", "Jegal", "Sagong");

    /** The longest syllables of a given name, in letters: "Seoyeo" before its hyphen, "junghy" after. */
    static final int SYLLABLE_LONGEST = 6;
    static final int SECOND_SYLLABLE_LONGEST = 6;
    /** A syllable of a romanized given name: lower-case letters after the first. */
    private static final String SYLLABLE = "[A-Z][a-z]{1," + (SYLLABLE_LONGEST - 1) + "}";
    private static final String GIVEN = SYLLABLE + "-[a-z]{1," + SECOND_SYLLABLE_LONGEST + "}";
    private static final String FAMILY = Alternation.of(FAMILY_NAMES);

    /**
     * "Keum Sae-rok" (Korean order) or "Sae-rok Keum" (Western order). It starts at a word boundary and at a capital,
     * so the long family-name alternation is tried at few places of a text.
     */
    static final String NAME = "(?<![\\w-])(?=[A-Z])(?:" + FAMILY + " " + GIVEN + "|" + GIVEN + " " + FAMILY
            + ")(?![-\\w])";

    static final Pattern PATTERN = Pattern.compile(NAME);

    /** The most characters a {@link #NAME} can hold. */
    static final int LONGEST = FAMILY_NAMES.stream().mapToInt(String::length).max().orElseThrow() + " ".length()
            + SYLLABLE_LONGEST + "-".length() + SECOND_SYLLABLE_LONGEST;

    private KoreanNames() {
    }

    /**
     * The name in Korean order (family name first), whichever order it was written in: a hyphenated given name and a
     * family name after it change places. Read around the first space rather than split, since every name an article
     * holds comes through here; no family name holds a space or a hyphen, so a family name after that space is the
     * whole second word, and a hyphen before it is the given name's.
     */
    static String koreanOrder(final String name) {
        final String stripped = name.strip();
        final int space = stripped.indexOf(' ');
        if (space < 0 || stripped.lastIndexOf('-', space) < 0) {
            return stripped;
        }
        final String second = stripped.substring(space + 1);
        return FAMILY_NAMES.contains(second) ? second + " " + stripped.substring(0, space) : stripped;
    }
}
