package io.newsreel.processor.discover;

import io.newsreel.processor.trie.Alternation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds persons by how articles introduce them: a role word before a name ("actor Lee Do-hyun", "director Kim
 * Hee-won"), the actor side of an actor and character pair, and, with less confidence, a Korean-style name with a
 * sign of a person beside it ("Lee Do-hyun said", "opposite Lee Do-hyun").
 */
public final class PersonDiscovery {

    private static final Map<String, String> ROLE_WORDS = Map.ofEntries(
            Map.entry("actor", "actor"), Map.entry("actress", "actor"), Map.entry("star", "actor"),
            Map.entry("director", "director"), Map.entry("pd", "director"), Map.entry("filmmaker", "director"),
            Map.entry("writer", "writer"), Map.entry("screenwriter", "writer"), Map.entry("author", "writer"),
            Map.entry("singer", "singer"), Map.entry("vocalist", "singer"), Map.entry("rapper", "singer"),
            Map.entry("composer", "composer"));

    private static final GatedPattern ROLE_THEN_NAME = GatedPattern.around(Pattern.compile(
            "(?i:\\b(?<role>" + Alternation.of(ROLE_WORDS.keySet()) + "))s? (?<name>" + KoreanNames.NAME + ")"),
            Triggers.words("-"), Stretch.words(Stretch.lettersAnd(" -"), 2, 1));

    /** What a person, not a character, does right after being named. */
    private static final Pattern PERSON_AFTER = Pattern.compile(
            "(?:,? \\(?\\d{2}\\)?,?)? (?:said|says|told|added|explained|revealed|recalled|noted|admitted|laughed|"
                    + "joked|wrote|directed|starred|stars|co-stars|appeared|appears|returns to|joins|joined|sang|"
                    + "sings|debuted|won|thanked|shared|commented|answered)\\b");
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

    private static boolean personBefore(final String text, final int start) {
        return PERSON_BEFORE.stream().anyMatch(words -> text.startsWith(words, start - words.length()));
    }

    /**
     * Every person-like mention, strongest evidence first; the caller drops those the catalog already knows.
     *
     * @param text the article text
     * @param cast actor and character pairs found in the same text
     */
    public static List<DiscoveredPerson> find(final String text, final List<CastMention> cast) {
        final List<DiscoveredPerson> found = new ArrayList<>();
        ROLE_THEN_NAME.forEachMatch(text, roles -> found.add(new DiscoveredPerson(
                KoreanNames.koreanOrder(roles.group("name")), roles.start("name"), roles.end("name"),
                ROLE_WORDS.get(roles.group("role").toLowerCase(Locale.ROOT)), ROLE_WORD_CONFIDENCE, "role-word")));
        for (final CastMention mention : cast) {
            if (KoreanNames.PATTERN.matcher(mention.person()).matches()) {
                found.add(new DiscoveredPerson(KoreanNames.koreanOrder(mention.person()), mention.personStart(),
                        mention.personEnd(), "actor", CAST_CONFIDENCE, mention.rule()));
            }
        }
        final Set<String> introduced = found.stream().map(DiscoveredPerson::name).collect(Collectors.toSet());
        KoreanNames.IN_TEXT.forEachMatch(text, names -> {
            final String name = KoreanNames.koreanOrder(names.group());
            // Characters have Korean names too: a bare name counts as a person only with a sign that it is one.
            if (introduced.contains(name) || personBefore(text, names.start())
                    || PERSON_AFTER.matcher(text).region(names.end(), text.length()).lookingAt()) {
                found.add(new DiscoveredPerson(name, names.start(), names.end(), null, NAME_SHAPE_CONFIDENCE,
                        "korean-name"));
            }
        });
        return found;
    }
}
