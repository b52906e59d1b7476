package io.newsreel.app.bench.pipeline;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How news outlets spell a catalog person's romanized Korean name: as the catalog has it ("Keum Sae-rok"), in
 * Western order ("Sae-rok Keum"), in another romanization ("Geum Sae-rok", "Jung Hyun-woo" for "Jeong Hyeon-woo"),
 * or with the hyphen dropped ("Keum Saerok"). Every variant is one the processor's romanization key folds back to the
 * catalog name, so a correct tagger finds the person under any of them.
 */
final class NameSpellings {

    /** Family names and the other spelling outlets use for them, both ways where both are common. */
    private static final Map<String, String> FAMILIES = Map.ofEntries(
            Map.entry("Keum", "Geum"), Map.entry("Geum", "Keum"), Map.entry("Lee", "Yi"), Map.entry("Park", "Bak"),
            Map.entry("Jung", "Jeong"), Map.entry("Jeong", "Jung"), Map.entry("Kang", "Gang"),
            Map.entry("Shin", "Sin"), Map.entry("Noh", "Roh"), Map.entry("Son", "Sohn"), Map.entry("Lim", "Im"),
            Map.entry("Cho", "Jo"), Map.entry("Yoon", "Yun"), Map.entry("Kwon", "Gwon"), Map.entry("Baek", "Paik"),
            Map.entry("Seo", "Suh"), Map.entry("Gong", "Kong"), Map.entry("Ko", "Go"), Map.entry("Moon", "Mun"),
            Map.entry("Koo", "Gu"), Map.entry("Kim", "Gim"));

    /** Given-name syllables in Revised Romanization and their popular spelling, in the order they are tried. */
    private static final String[][] SYLLABLES = {
        {"gyeong", "kyung"}, {"hyeong", "hyung"}, {"yeong", "young"}, {"hyeon", "hyun"}, {"hyeok", "hyuk"},
        {"jeong", "jung"}, {"seok", "suk"}, {"yeon", "yun"}, {"seon", "sun"}, {"geon", "gun"}, {"gyu", "kyu"},
        {"eun", "un"},
    };

    private NameSpellings() {
    }

    /** The name as one article writes it: the catalog's spelling a little under half the time. */
    static String written(final SplittableRandom random, final String koreanName) {
        final int roll = random.nextInt(100);
        if (roll < 45) {
            return koreanName;
        } else if (roll < 60) {
            return westernOrder(koreanName);
        } else if (roll < 82) {
            return otherRomanization(koreanName);
        } else if (roll < 92) {
            return hyphenDropped(koreanName);
        }
        return westernOrder(otherRomanization(koreanName));
    }

    /** "Keum Sae-rok" as "Sae-rok Keum". */
    static String westernOrder(final String koreanName) {
        final int space = koreanName.indexOf(' ');
        return koreanName.substring(space + 1) + " " + koreanName.substring(0, space);
    }

    /** "Keum Sae-rok" as "Keum Saerok". */
    static String hyphenDropped(final String name) {
        final int hyphen = name.indexOf('-');
        return hyphen < 0 ? name : name.substring(0, hyphen) + name.substring(hyphen + 1);
    }

    /**
     * The other common romanization of a Korean-order name: "Keum Sae-rok" as "Geum Sae-rok", "Jeong Hyeon-woo" as
     * "Jung Hyun-woo". The family name changes when it has a common other spelling, and the first given-name syllable
     * that has one changes too; a name with neither comes back as it is.
     */
    static String otherRomanization(final String koreanName) {
        final int space = koreanName.indexOf(' ');
        final String family = koreanName.substring(0, space);
        final String given = koreanName.substring(space + 1);
        return FAMILIES.getOrDefault(family, family) + " " + otherGiven(given);
    }

    private static String otherGiven(final String given) {
        final String lower = given.toLowerCase(Locale.ROOT);
        for (final String[] syllable : SYLLABLES) {
            final int at = lower.indexOf(syllable[0]);
            if (at >= 0) {
                final String spelled = Character.isUpperCase(given.charAt(at))
                        ? Character.toUpperCase(syllable[1].charAt(0)) + syllable[1].substring(1) : syllable[1];
                return given.substring(0, at) + spelled + given.substring(at + syllable[0].length());
            }
        }
        return given;
    }
}
