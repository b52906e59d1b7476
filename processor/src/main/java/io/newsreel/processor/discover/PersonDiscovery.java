package io.newsreel.processor.discover;

import static io.newsreel.processor.discover.AsciiChars.isLower;
import static io.newsreel.processor.discover.AsciiChars.isUpper;

import io.newsreel.processor.trie.MatchStarts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds persons by how articles introduce them: a role word before a name ("actor Lee Do-hyun", "director Kim
 * Hee-won"), the actor side of an actor and character pair, and, with less confidence, a Korean-style name with a
 * sign of a person beside it ("Lee Do-hyun said", "opposite Lee Do-hyun").
 */
public final class PersonDiscovery {

    /** Role words as written before a name, lower case, and the role each names. */
    static final Map<String, String> ROLE_WORDS = Map.ofEntries(
            Map.entry("actor", "actor"), Map.entry("actress", "actor"), Map.entry("star", "actor"),
            Map.entry("director", "director"), Map.entry("pd", "director"), Map.entry("filmmaker", "director"),
            Map.entry("writer", "writer"), Map.entry("screenwriter", "writer"), Map.entry("author", "writer"),
            Map.entry("singer", "singer"), Map.entry("vocalist", "singer"), Map.entry("rapper", "singer"),
            Map.entry("composer", "composer"));
    private static final int LONGEST_ROLE_WORD = ROLE_WORDS.keySet().stream().mapToInt(String::length).max()
            .orElseThrow();

    /** What comes right before a person rather than a character, and the space after it. */
    private static final List<String> PERSON_BEFORE = Stream.of("opposite", "alongside", "co-star", "co-stars",
            "with actor", "with actors", "with actress", "and actor", "and actors", "by", "interview with", "met",
            "starring", "stars", "reunites", "reunited with", "cast member", "cast members", "lead", "leads")
            .map(words -> words + " ").toList();

    private static final double ROLE_WORD_CONFIDENCE = 0.9;
    private static final double CAST_CONFIDENCE = 0.85;
    private static final double NAME_SHAPE_CONFIDENCE = 0.6;

    private PersonDiscovery() {
    }

    /**
     * The role word written right before a name, in any case and maybe plural ("actor Kim Sae-rok", "Directors Kim
     * Hee-won"), or null: the whole word before the space, looked up as it is and then without a plural "s".
     */
    private static String roleBefore(final String text, final int nameStart) {
        final int space = nameStart - 1;
        if (space < 1 || text.charAt(space) != ' ') {
            return null;
        }
        int start = space;
        while (start > 0 && MatchStarts.isWordChar(text.charAt(start - 1))) {
            start--;
            if (space - start > LONGEST_ROLE_WORD + 1) {
                return null;
            }
        }
        final String word = asciiLowerCase(text, start, space);
        if (word == null || ROLE_WORDS.containsKey(word)) {
            return word;
        }
        final boolean plural = word.length() > 1 && word.endsWith("s");
        return plural && ROLE_WORDS.containsKey(word.substring(0, word.length() - 1))
                ? word.substring(0, word.length() - 1) : null;
    }

    /** {@code text[start, end)} lower-cased, or null when it holds anything but ASCII letters. */
    private static String asciiLowerCase(final String text, final int start, final int end) {
        final char[] word = new char[end - start];
        for (int i = start; i < end; i++) {
            final char c = text.charAt(i);
            if (isUpper(c)) {
                word[i - start] = (char) (c + ('a' - 'A'));
            } else if (isLower(c)) {
                word[i - start] = c;
            } else {
                return null;
            }
        }
        return new String(word);
    }

    private static boolean personBefore(final String text, final int start) {
        for (final String words : PERSON_BEFORE) {
            if (text.startsWith(words, start - words.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every person-like mention, strongest evidence first; the caller drops those the catalog already knows.
     *
     * @param text the article text
     * @param cast actor and character pairs found in the same text
     */
    public static List<DiscoveredPerson> find(final String text, final List<CastMention> cast) {
        final List<DiscoveredPerson> found = new ArrayList<>();
        final List<KoreanNameScanner.Found> names = KoreanNameScanner.find(text);
        final List<String> inKoreanOrder = new ArrayList<>(names.size());
        for (final KoreanNameScanner.Found named : names) {
            inKoreanOrder.add(KoreanNames.koreanOrder(text.substring(named.start(), named.end())));
        }
        for (int i = 0; i < names.size(); i++) {
            final String role = roleBefore(text, names.get(i).start());
            if (role != null) {
                found.add(new DiscoveredPerson(inKoreanOrder.get(i), names.get(i).start(), names.get(i).end(),
                        ROLE_WORDS.get(role), ROLE_WORD_CONFIDENCE, "role-word"));
            }
        }
        for (final CastMention mention : cast) {
            if (KoreanNameScanner.isName(mention.person())) {
                found.add(new DiscoveredPerson(KoreanNames.koreanOrder(mention.person()), mention.personStart(),
                        mention.personEnd(), "actor", CAST_CONFIDENCE, mention.rule()));
            }
        }
        final Set<String> introduced = new HashSet<>();
        found.forEach(person -> introduced.add(person.name()));
        for (int i = 0; i < names.size(); i++) {
            final KoreanNameScanner.Found named = names.get(i);
            final String name = inKoreanOrder.get(i);
            // Characters have Korean names too: a bare name counts as a person only with a sign that it is one.
            if (introduced.contains(name) || personBefore(text, named.start())
                    || PersonAfter.follows(text, named.end())) {
                found.add(new DiscoveredPerson(name, named.start(), named.end(), null, NAME_SHAPE_CONFIDENCE,
                        "korean-name"));
            }
        }
        return found;
    }
}
