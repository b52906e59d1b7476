package io.newsreel.processor.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The forms worth indexing for one person, from the names the catalog gives them, all in {@link TextNormalizer}
 * form. Match them in {@link RomanizationKey} space ({@code RomanizationKey.key(form)} against
 * {@code RomanizationKey.keyText(normalized article)}), which takes care of spelling; this class takes care of
 * order and splitting: "Keum Sae-rok" gives "keum sae rok", "keum saerok", "sae rok keum" and "saerok keum".
 *
 * <p>Each name's words decide its shape. A first word that is a Korean family name makes it Korean order, else a
 * last word that is one makes it Western order ("Hyung-sik Park", "Steve Sanghyun Noh"); a hyphenated word is
 * never a family name, except the two-syllable ones (Nam-gung). The given words that do not read as one or two
 * Korean syllables are an English given name ("Steve"), which also gives "steve noh". One word alone is a stage
 * name. A name of neither shape is indexed only as written.
 *
 * @param full forms that identify the person on their own: two or more tokens, or one distinctive stage name
 * @param familyOnly the family name alone, to resolve later mentions in an article that named the person in full
 * @param givenOnly the given name alone (split and joined), for the same
 */
public record NameForms(Set<String> full, Set<String> familyOnly, Set<String> givenOnly) {

    private static final Set<String> FAMILY_KEYS = keys("kim gim lee yi rhee park bak pak choi choe jung jeong chung "
            + "kang gang cho jo yoon yun jang chang lim im yim han oh seo suh shin sin kwon gwon hwang ahn an song "
            + "jeon jun chun hong yoo yu ko go moon mun yang son sohn bae pae baek paek paik heo hur huh nam sim "
            + "shim noh roh no ha kwak gwak sung seong cha joo ju chu woo koo gu min ryu na jin ji eom um uhm chae "
            + "won cheon bang kong gong hyun hyeon ham byun byeon yeom yeo yeon do so seok suk sun seon ma gil pyo "
            + "pyeon wi ki ye tak maeng bong geum keum kum ok yook yuk in");
    /** Two-syllable family names, which may be written as one word or hyphenated. */
    private static final Set<String> TWO_SYLLABLE_FAMILY_KEYS = keys("namgung namkoong seonwoo sunwoo dokgo dokko "
            + "hwangbo jegal sagong seomun dongbang");
    /** English words that are also stage names or key like a name: never a full form on their own. */
    private static final Set<String> COMMON_WORD_KEYS = keys("the and for you are was his her she one all new "
            + "not but top key joy rain rose sun son song star hope king queen show drama music day man boy girl "
            + "love time kai");

    private static final String[] INITIALS = {"kk", "gg", "tt", "dd", "pp", "bb", "ss", "jj", "ch", "sh", "k", "g",
        "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", ""};
    /** Initials a w-glide follows in names (Kwang, Gwon, Hwa, Won); "nw" would split "eunwoo" as "eu nwoo". */
    private static final Set<String> BEFORE_W = Set.of("", "k", "g", "kk", "gg", "h");
    private static final String[] NUCLEI = {"eo", "ae", "ai", "eu", "ue", "ui", "oo", "ou", "ee", "oe", "a", "e", "o",
        "u", "i"};
    /** The h finals only end a word, where an h lengthens the vowel: Yoon-ah, Sohn, Noh. */
    private static final String[] FINALS = {"ng", "ck", "k", "n", "t", "l", "m", "p", "", "h", "hn"};

    public NameForms {
        full = Collections.unmodifiableSet(new LinkedHashSet<>(full));
        familyOnly = Collections.unmodifiableSet(new LinkedHashSet<>(familyOnly));
        givenOnly = Collections.unmodifiableSet(new LinkedHashSet<>(givenOnly));
    }

    /** The forms of a person named {@code canonicalName} and {@code aliases}; nulls and blanks are skipped. */
    public static NameForms of(final String canonicalName, final List<String> aliases) {
        final Accumulator accumulator = new Accumulator();
        accumulator.addName(canonicalName);
        if (aliases != null) {
            aliases.forEach(accumulator::addName);
        }
        return new NameForms(accumulator.full, accumulator.family, accumulator.given);
    }

    /** Whether a normalized token is a common English word (or keys like one), so one-token matches need care. */
    public static boolean isCommonWord(final String token) {
        return COMMON_WORD_KEYS.contains(RomanizationKey.key(token));
    }

    /** Collects the forms of each name in turn. */
    private static final class Accumulator {

        private final Set<String> full = new LinkedHashSet<>();
        private final Set<String> family = new LinkedHashSet<>();
        private final Set<String> given = new LinkedHashSet<>();

        void addName(final String name) {
            final List<List<String>> words = new ArrayList<>();
            for (final String word : name == null ? new String[0] : name.trim().split("\\s+")) {
                final String normalized = TextNormalizer.normalizeText(word);
                if (!normalized.isEmpty()) {
                    words.add(List.of(normalized.split(" ")));
                }
            }
            if (words.size() == 1) {
                addStageName(name, words.get(0));
            } else if (words.size() > 1) {
                full.add(words.stream().flatMap(List::stream).collect(Collectors.joining(" ")));
                final List<String> first = words.get(0);
                final List<String> last = words.get(words.size() - 1);
                // Korean order wins a tie ("Song Kang"), but a two-syllable family name is never a given name
                // ("Min Namkoong").
                if (isFamily(first) && !isTwoSyllableFamily(last) || isTwoSyllableFamily(first)) {
                    addPerson(first, words.subList(1, words.size()));
                } else if (isFamily(last)) {
                    addPerson(last, words.subList(0, words.size() - 1));
                }
            }
        }

        private void addStageName(final String name, final List<String> tokens) {
            final String joined = String.join("", tokens);
            if (tokens.size() > 1) {
                // "T.O.P" is "t o p"; "G-Dragon" is also written "gdragon", but "top" is a word.
                full.add(String.join(" ", tokens));
            }
            if (isDistinctive(joined) || tokens.size() == 1 && isAcronym(name) && !isCommonWord(joined)
                    && !isFamily(tokens)) {
                full.add(joined);
            }
        }

        private void addPerson(final List<String> familyWord, final List<List<String>> givenWords) {
            final Set<String> familyForms = new LinkedHashSet<>(List.of(String.join(" ", familyWord),
                    String.join("", familyWord)));
            final List<String> korean = new ArrayList<>();
            final List<String> english = new ArrayList<>();
            givenWords.stream().flatMap(List::stream).forEach(token -> (isKorean(token) ? korean : english).add(token));
            final Set<String> koreanForms = new LinkedHashSet<>();
            if (korean.size() > 1) {
                koreanForms.addAll(List.of(String.join(" ", korean), String.join("", korean)));
            } else if (korean.size() == 1) {
                koreanForms.add(korean.get(0));
                koreanForms.addAll(twoSyllableSplits(korean.get(0)));
            }
            // An English given name comes first and may stand without the Korean one: "Steve (Sanghyun) Noh".
            final String englishPrefix = english.isEmpty() ? "" : String.join(" ", english) + " ";
            for (final String familyForm : familyForms) {
                for (final String koreanForm : koreanForms) {
                    full.addAll(List.of(familyForm + " " + koreanForm, koreanForm + " " + familyForm,
                            englishPrefix + koreanForm + " " + familyForm));
                }
                if (!english.isEmpty()) {
                    full.add(englishPrefix + familyForm);
                }
            }
            family.addAll(familyForms);
            given.addAll(koreanForms);
            if (!english.isEmpty()) {
                given.add(englishPrefix.trim());
            }
        }
    }

    private static boolean isFamily(final List<String> word) {
        return word.size() == 1 && FAMILY_KEYS.contains(RomanizationKey.key(word.get(0)))
                || isTwoSyllableFamily(word);
    }

    private static boolean isTwoSyllableFamily(final List<String> word) {
        return word.size() <= 2 && TWO_SYLLABLE_FAMILY_KEYS.contains(RomanizationKey.keyOfJoined(
                word.toArray(String[]::new)));
    }

    /** At least three letters, not a common word and not a family name alone ("Kim"). */
    private static boolean isDistinctive(final String token) {
        return token.length() >= 3 && !isCommonWord(token) && !isFamily(List.of(token));
    }

    /** Written in capitals, two letters or more: "IU". */
    private static boolean isAcronym(final String name) {
        return name.chars().filter(Character::isLetter).count() >= 2
                && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Whether a token reads as one or two romanized Korean syllables ("sanghyun" does, "steve" does not). */
    static boolean isKorean(final String token) {
        return syllableEnds(token, 0).contains(token.length()) || !twoSyllableSplits(token).isEmpty();
    }

    /**
     * Every reading of a joined token as two syllables, as "first second": "saerok" is "sae rok"; "yoona" is both
     * "yoon a" and "yoo na", as Korean names are. A split inside a vowel cluster ("yoon" as "yo on") is not one.
     */
    static List<String> twoSyllableSplits(final String token) {
        final List<String> splits = new ArrayList<>();
        for (final int boundary : syllableEnds(token, 0)) {
            final boolean insideCluster = boundary > 0 && boundary < token.length()
                    && Arrays.asList(NUCLEI).contains(token.substring(boundary - 1, boundary + 1));
            if (boundary < token.length() && !insideCluster && syllableEnds(token, boundary).contains(token.length())) {
                splits.add(token.substring(0, boundary) + " " + token.substring(boundary));
            }
        }
        return splits;
    }

    /** Where a syllable starting at {@code from} can end: initial, optional glide, vowel, optional final. */
    private static Set<Integer> syllableEnds(final String token, final int from) {
        final Set<Integer> ends = new LinkedHashSet<>();
        for (final String initial : INITIALS) {
            if (!token.startsWith(initial, from)) {
                continue;
            }
            final int glideAt = from + initial.length();
            final boolean glide = token.startsWith("y", glideAt)
                    || token.startsWith("w", glideAt) && BEFORE_W.contains(initial);
            addNucleusEnds(token, glideAt, ends);
            if (glide) {
                addNucleusEnds(token, glideAt + 1, ends);
            }
        }
        return ends;
    }

    private static void addNucleusEnds(final String token, final int vowelAt, final Set<Integer> ends) {
        for (final String nucleus : NUCLEI) {
            if (token.startsWith(nucleus, vowelAt)) {
                final int finalAt = vowelAt + nucleus.length();
                for (final String last : FINALS) {
                    final int end = finalAt + last.length();
                    if (token.startsWith(last, finalAt) && (!last.startsWith("h") || end == token.length())) {
                        ends.add(end);
                    }
                }
            }
        }
    }

    private static Set<String> keys(final String words) {
        return Arrays.stream(words.split(" ")).map(RomanizationKey::key).collect(Collectors.toUnmodifiableSet());
    }
}
