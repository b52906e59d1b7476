package io.newsreel.app.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Invented names for the tagging benchmark's catalog: romanized Korean personal names (a common family name drawn
 * by how common it is, and a hyphenated given name of two common syllables), their other spellings, and show
 * titles of one to four words. Every name is drawn from the {@link SplittableRandom} handed in, so a seed gives the
 * same names.
 *
 * <p>Title words are kept apart from the words of the articles' filler prose, month and weekday names and platform
 * names, so that a title is found where an article names the show and hardly anywhere else.
 */
final class SyntheticNames {

    /** Family names with their rough share of the population in per mille. */
    private static final String[] FAMILIES = {
        "Kim:215", "Lee:147", "Park:84", "Choi:47", "Jung:43", "Kang:24", "Cho:21", "Yoon:21", "Jang:20", "Lim:17",
        "Han:15", "Oh:15", "Seo:15", "Shin:14", "Kwon:14", "Hwang:14", "Ahn:14", "Song:13", "Jeon:13", "Hong:11",
        "Yoo:11", "Ko:9", "Moon:9", "Yang:9", "Son:9", "Bae:8", "Baek:8", "Heo:7", "Nam:6", "Shim:5", "Noh:4",
        "Ha:4", "Kwak:4", "Sung:4", "Cha:4", "Joo:4", "Woo:4", "Koo:4", "Min:3", "Ryu:3", "Na:3", "Jin:3", "Uhm:3",
        "Chae:3", "Won:3", "Bang:2", "Gong:2", "Hyun:2", "Byun:2", "Yeom:2", "Pyo:1", "Keum:1", "Namgung:1"};
    private static final String[] FAMILY_NAMES = new String[FAMILIES.length];
    private static final int[] FAMILY_CUMULATIVE = new int[FAMILIES.length];

    static {
        int total = 0;
        for (int i = 0; i < FAMILIES.length; i++) {
            final String[] parts = FAMILIES[i].split(":");
            FAMILY_NAMES[i] = parts[0];
            total += Integer.parseInt(parts[1]);
            FAMILY_CUMULATIVE[i] = total;
        }
    }

    private static final List<String> SYLLABLES = List.of(
            "min", "ji", "seo", "hyun", "woo", "jun", "young", "soo", "eun", "hye", "jae", "sung", "ho", "jin",
            "yeon", "ha", "yoon", "da", "hee", "kyung", "su", "na", "ri", "won", "sang", "dong", "tae", "seung",
            "joon", "ye", "bin", "chan", "gyu", "hoon", "mi", "ah", "so", "in", "yong", "hwan", "jeong", "il", "rok",
            "sae", "rin", "bo", "hae", "kang", "gyeong", "byung", "chul", "dae", "do", "geon", "gi", "hwa", "hyo",
            "hyeok", "ja", "ju", "kwang", "kyu", "myung", "nam", "ok", "pil", "rae", "ram", "seok", "si", "sol",
            "sun", "wan", "wook", "yang", "yeol", "yeong", "yu", "yul", "hyung", "chae", "eon", "seol", "byeol");

    /** English given names some Korean actors go by abroad ("Steve Noh"). */
    private static final List<String> ENGLISH_GIVEN = List.of(
            "Steve", "Daniel", "Grace", "Julia", "Peter", "Sandra", "Justin", "Jenny", "Andrew", "Claire");

    private static final List<String> CHARACTER_FAMILIES = List.of(
            "Do", "Yeo", "Ji", "Seok", "Gu", "Cheon", "Tak", "Ma", "Woo", "Moon", "Ju", "Hwang", "Eun", "Gi", "Bong",
            "Ok", "Seon", "Yeon", "Dokgo", "Jegal", "Baek", "Cha", "Na", "Yoo", "Kang", "Han", "Seo", "Jang", "Pyo",
            "Maeng");

    /** One-word character names, the kind the catalog credits but nobody can find alone. */
    private static final List<String> ONE_WORD_CHARACTERS = List.of(
            "Kei", "Juno", "Ari", "Theo", "Mara", "Nari", "Bora", "Leo", "Ruby", "Dali", "Kiki", "Sunny");

    private static final List<String> ADJECTIVES = List.of(
            "Moonlit", "Quiet", "Crimson", "Silent", "Borrowed", "Golden", "Hidden", "Wandering", "Frozen", "Gentle",
            "Reckless", "Velvet", "Scarlet", "Hollow", "Burning", "Fading", "Endless", "Brave", "Stolen", "Bitter",
            "Lucky", "Tender", "Restless", "Sleepless", "Wild", "Salty", "Electric", "Paper", "Glass", "Iron",
            "Little", "Distant", "Secret", "Lonely", "Twin", "Broken", "Shining", "Misty", "Rusty", "Honest");
    private static final List<String> NOUNS = List.of(
            "Ledger", "Harbor", "Orchard", "Verdict", "Pharmacy", "Lantern", "Ferryman", "Crown", "Heart", "Clinic",
            "Door", "Ghost", "Archivist", "Lotus", "Radio", "Bakery", "Witness", "Kite", "Fox", "Express", "Ward",
            "Tide", "Compass", "Garden", "Bridge", "Mirror", "Letter", "Violin", "Typhoon", "Noodle", "Rooftop",
            "Detective", "Mermaid", "Dragon", "Tiger", "Magpie", "Crane", "Butterfly", "Lighthouse", "Alley",
            "Umbrella", "Piano", "Chef", "Prosecutor", "Heir", "Tailor", "Stranger", "Doctor", "Attorney", "Kingdom",
            "Empress", "Prince", "Palace", "Island", "Mountain", "Cafe", "Laundry", "Diary", "Promise", "Secretary",
            "Goblin", "Oracle", "Sniper", "Teacher", "Idol", "Boxer", "Banker", "Florist", "Landlord", "Rival",
            "Neighbor", "Twins", "Moon", "Star", "Comet", "Storm", "Snowfall", "Blossom", "Cherry", "Persimmon");
    private static final List<String> PLACES = List.of(
            "Bukchon", "Jeju", "Busan", "Incheon", "Gangneung", "Mokpo", "Seoul", "Tongyeong", "Andong", "Daegu",
            "Sokcho", "Yeosu");
    private static final List<String> NUMBERS = List.of(
            "Two", "Three", "Seven", "Eleven", "Twelve", "Nineteen", "Hundred", "Thousand");

    private SyntheticNames() {
    }

    /** A family name, drawn by how common it is. */
    static String family(final SplittableRandom random) {
        final int draw = random.nextInt(FAMILY_CUMULATIVE[FAMILY_CUMULATIVE.length - 1]);
        for (int i = 0; i < FAMILY_CUMULATIVE.length; i++) {
            if (draw < FAMILY_CUMULATIVE[i]) {
                return FAMILY_NAMES[i];
            }
        }
        throw new IllegalStateException("unreachable: " + draw);
    }

    /** A hyphenated given name of two syllables: "Ji-won". */
    static String given(final SplittableRandom random) {
        final String first = pick(random, SYLLABLES);
        String second = pick(random, SYLLABLES);
        while (second.equals(first)) {
            second = pick(random, SYLLABLES);
        }
        return capitalize(first) + "-" + second;
    }

    /** A full name in Korean order: "Kim Ji-won". */
    static String koreanName(final SplittableRandom random) {
        return family(random) + " " + given(random);
    }

    /** "Kim Ji-won" as "Ji-won Kim". */
    static String westernOrder(final String koreanName) {
        final int space = koreanName.indexOf(' ');
        return koreanName.substring(space + 1) + " " + koreanName.substring(0, space);
    }

    /** "Kim Ji-won" as "Kim Jiwon" or "Kim Ji Won": how outlets that drop the hyphen write it. */
    static String hyphenDropped(final String name, final boolean split) {
        final int hyphen = name.indexOf('-');
        if (hyphen < 0) {
            return name;
        }
        final String rest = name.substring(hyphen + 1);
        return split ? name.substring(0, hyphen) + " " + capitalize(rest) : name.substring(0, hyphen) + rest;
    }

    /** Another romanization of a Korean-order name, or the name itself when no rule applies to it. */
    static String otherRomanization(final String name) {
        final int space = name.indexOf(' ');
        final String family = name.substring(0, space);
        final String given = name.substring(space + 1);
        final String otherFamily = switch (family) {
            case "Lee" -> "Yi";
            case "Park" -> "Bak";
            case "Choi" -> "Choe";
            case "Jung" -> "Jeong";
            case "Kang" -> "Gang";
            case "Cho" -> "Jo";
            case "Yoon" -> "Yun";
            case "Lim" -> "Im";
            case "Shin" -> "Sin";
            case "Kwon" -> "Gwon";
            case "Noh" -> "Roh";
            case "Son" -> "Sohn";
            case "Yoo" -> "Yu";
            case "Ko" -> "Go";
            case "Moon" -> "Mun";
            case "Baek" -> "Paik";
            case "Keum" -> "Geum";
            default -> family;
        };
        final String otherGiven = given.replace("eo", "u").replace("yeong", "young").replace("hyeok", "hyuk");
        return otherFamily + " " + otherGiven;
    }

    /** An English given name with the family name: "Steve Noh". */
    static String englishName(final SplittableRandom random, final String koreanName) {
        return pick(random, ENGLISH_GIVEN) + " " + koreanName.substring(0, koreanName.indexOf(' '));
    }

    /**
     * A character's name: mostly a Korean full name, sometimes one word. Writers favour family names that are rare
     * among real people ("Do Hyeon-seo", "Yeo Jeong-woo"), so characters are drawn from their own list; drawn like
     * persons, over half of 50,000 persons would share their name with some credited character.
     */
    static String character(final SplittableRandom random) {
        return random.nextInt(8) == 0 ? pick(random, ONE_WORD_CHARACTERS)
                : pick(random, CHARACTER_FAMILIES) + " " + given(random);
    }

    /** A show title of one to four words, some with a number or punctuation. */
    static String title(final SplittableRandom random) {
        final String adjective = pick(random, ADJECTIVES);
        final String noun = pick(random, NOUNS);
        final String other = pick(random, NOUNS);
        return switch (random.nextInt(14)) {
            case 0 -> noun + other.toLowerCase(Locale.ROOT);
            case 1 -> adjective + " " + noun;
            case 2 -> "The " + adjective + " " + noun;
            case 3 -> noun + " of " + pick(random, PLACES);
            case 4 -> "The " + noun + "'s " + other;
            case 5 -> noun + " & " + other;
            case 6 -> pick(random, NUMBERS) + " " + noun + "s";
            case 7 -> noun + " " + (100 + random.nextInt(900));
            case 8 -> "A " + noun + " in " + pick(random, PLACES);
            case 9 -> noun + ": The " + adjective + " " + other;
            case 10 -> adjective + " " + noun + ", " + adjective + " " + other;
            case 11 -> "My " + adjective + " " + noun;
            case 12 -> noun + " " + (1980 + random.nextInt(30));
            default -> "Dear " + noun;
        };
    }

    /** A Korean title of two to five Hangul syllables, as Korean outlets write the show. */
    static String hangulTitle(final SplittableRandom random) {
        final StringBuilder title = new StringBuilder();
        final int syllables = 2 + random.nextInt(4);
        for (int i = 0; i < syllables; i++) {
            if (i == 2 && random.nextBoolean()) {
                title.append(' ');
            }
            // Precomposed Hangul syllables, U+AC00 to U+D7A3.
            title.append((char) (0xAC00 + random.nextInt(11_172)));
        }
        return title.toString();
    }

    static String capitalize(final String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static <T> T pick(final SplittableRandom random, final List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
