package io.newsreel.processor.match;

import io.newsreel.contract.event.PersonEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds catalog persons under any spelling in one pass: every name form (Korean and Western order, joined or
 * split given names, aliases and stage names) is indexed by its romanization key, and the article is keyed the
 * same way. Then a later mention of only the family or given name of a person already named in full is resolved to
 * that person, unless two people found in the article share it.
 */
public final class PersonMatcher {

    private final PhraseMatcher<Named> fullNames;

    public PersonMatcher(final Iterable<PersonEntry> persons) {
        final Map<String, List<Named>> byKey = new HashMap<>();
        for (final PersonEntry person : persons) {
            final NameForms forms = NameForms.of(person.name(), person.aliases());
            final Named named = new Named(person, Stream.concat(forms.familyOnly().stream(),
                    forms.givenOnly().stream()).map(PersonMatcher::key).filter(key -> !key.isEmpty()).distinct()
                    .toList());
            for (final String form : forms.full()) {
                final List<Named> targets = byKey.computeIfAbsent(key(form), key -> new ArrayList<>());
                if (!targets.contains(named)) {
                    targets.add(named);
                }
            }
        }
        byKey.remove("");
        this.fullNames = new PhraseMatcher<>(byKey);
    }

    public List<PersonMention> find(final ArticleText text) {
        final NormalizedText keyed = RomanizationKey.keyText(text.nameRuns());
        final List<PersonMention> mentions = new ArrayList<>();
        // Where each person named in full by a name only they have is first named so, in text order.
        final Map<Named, Integer> namedAlone = new LinkedHashMap<>();
        for (final PhraseMatcher.Match<Named> match : fullNames.find(keyed.text())) {
            final PersonMention mention = mention(text, keyed, match.start(), match.end(), persons(match.targets()),
                    PersonMention.Form.FULL);
            // Keys fold spellings so far that English can spell a name ("back to a" keys as Park Do-ah): names are
            // written capitalized.
            if (capitalized(mention.surface())) {
                mentions.add(mention);
                if (match.targets().size() == 1) {
                    namedAlone.merge(match.targets().get(0), mention.end(), Math::min);
                }
            }
        }
        mentions.addAll(partialMentions(text, keyed, mentions, namedAlone));
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions;
    }

    /**
     * Family or given names alone, after the full name, of persons already named unambiguously. Partial forms are
     * one or two tokens, so a token and a token-pair lookup find them without building a matcher per article.
     */
    private static List<PersonMention> partialMentions(final ArticleText text, final NormalizedText keyed,
                                                       final List<PersonMention> full,
                                                       final Map<Named, Integer> namedAlone) {
        final Map<String, List<Named>> byPartialKey = new HashMap<>();
        for (final Named named : namedAlone.keySet()) {
            // A person's partial keys are distinct: each owner is added to a key once.
            named.partialKeys().forEach(key -> byPartialKey.computeIfAbsent(key, k -> new ArrayList<>()).add(named));
        }
        if (byPartialKey.isEmpty()) {
            return List.of();
        }
        final PartialKeys keys = new PartialKeys(byPartialKey);
        final List<PersonMention> partials = new ArrayList<>();
        final String keyedText = keyed.text();
        int previousStart = -1;
        for (int start = 0; start < keyedText.length(); ) {
            int end = keyedText.indexOf(' ', start);
            end = end < 0 ? keyedText.length() : end;
            if (keyedText.startsWith(NameRuns.GAP, start)) {
                previousStart = -1;
            } else {
                if (previousStart >= 0) {
                    addPartial(text, keyed, previousStart, end, keys, full, namedAlone, partials);
                }
                addPartial(text, keyed, start, end, keys, full, namedAlone, partials);
                previousStart = start;
            }
            start = end + 1;
        }
        return partials;
    }

    private static void addPartial(final ArticleText text, final NormalizedText keyed, final int start,
                                   final int end, final PartialKeys keys, final List<PersonMention> full,
                                   final Map<Named, Integer> namedAlone, final List<PersonMention> partials) {
        final List<Named> owners = keys.owners(keyed.text(), start, end);
        if (owners == null || owners.size() != 1 || keyed.originalStart(start) < namedAlone.get(owners.get(0))) {
            return;
        }
        final PersonMention mention = mention(text, keyed, start, end, List.of(owners.get(0).person()),
                PersonMention.Form.PARTIAL);
        final boolean overlapsKnown = PersonMention.anyOverlaps(full, mention.start(), mention.end())
                || PersonMention.anyOverlaps(partials, mention.start(), mention.end());
        if (!overlapsKnown && writtenAsName(mention.surface())) {
            partials.add(mention);
        }
    }

    /**
     * A family or given name alone is often also a word ("Noh" keys as "no", "Song" is a word): it counts only
     * capitalized, and a one-word one only when it is not a common word.
     */
    private static boolean writtenAsName(final String surface) {
        if (surface.isEmpty() || !Character.isUpperCase(surface.charAt(0))) {
            return false;
        }
        final String normalized = TextNormalizer.normalizeText(surface);
        return normalized.indexOf(' ') >= 0 || !NameForms.isCommonWord(normalized);
    }

    private static List<PersonEntry> persons(final List<Named> named) {
        final List<PersonEntry> persons = new ArrayList<>(named.size());
        named.forEach(one -> persons.add(one.person()));
        return persons;
    }

    private static boolean capitalized(final String surface) {
        boolean wordStart = true;
        for (int i = 0; i < surface.length(); i++) {
            final char c = surface.charAt(i);
            if (wordStart && Character.isLetter(c) && Character.isLowerCase(c)) {
                return false;
            }
            wordStart = c == ' ' || c == '\n';
        }
        return true;
    }

    private static PersonMention mention(final ArticleText text, final NormalizedText keyed, final int start,
                                         final int end, final List<PersonEntry> targets,
                                         final PersonMention.Form form) {
        final int originalStart = keyed.originalStart(start);
        final int originalEnd = keyed.originalEnd(end);
        return new PersonMention(targets, originalStart, originalEnd,
                text.original().substring(originalStart, originalEnd), form);
    }

    /**
     * The partial-name keys of the persons an article names in full, by length: a few dozen keys, so a token is
     * compared in place with the keys of its length rather than cut out of the text to be looked up; almost every
     * token and token pair has a length or a first letter no key of that length has.
     */
    private static final class PartialKeys {

        private final List<List<Map.Entry<String, List<Named>>>> byLength = new ArrayList<>();
        /** By length, a bit for each first character (its low seven bits) that a key of that length has. */
        private final List<long[]> firstCharacters = new ArrayList<>();

        PartialKeys(final Map<String, List<Named>> ownersByKey) {
            for (final Map.Entry<String, List<Named>> key : ownersByKey.entrySet()) {
                final int length = key.getKey().length();
                while (byLength.size() <= length) {
                    byLength.add(new ArrayList<>());
                    firstCharacters.add(new long[2]);
                }
                byLength.get(length).add(key);
                final int first = key.getKey().charAt(0) & 0x7F;
                firstCharacters.get(length)[first >>> 6] |= 1L << first;
            }
        }

        /** Who has {@code text[start, end)} as a partial key, or null. */
        List<Named> owners(final String text, final int start, final int end) {
            if (end - start >= byLength.size()) {
                return null;
            }
            final int first = text.charAt(start) & 0x7F;
            if ((firstCharacters.get(end - start)[first >>> 6] & 1L << first) == 0) {
                return null;
            }
            for (final Map.Entry<String, List<Named>> key : byLength.get(end - start)) {
                if (text.startsWith(key.getKey(), start)) {
                    return key.getValue();
                }
            }
            return null;
        }
    }

    /**
     * A person with the keys of their family and given names alone, found together. Equal only to itself: there is
     * one per person.
     */
    private static final class Named {

        private final PersonEntry person;
        private final List<String> partialKeys;

        Named(final PersonEntry person, final List<String> partialKeys) {
            this.person = person;
            this.partialKeys = partialKeys;
        }

        PersonEntry person() {
            return person;
        }

        List<String> partialKeys() {
            return partialKeys;
        }
    }

    private static String key(final String normalizedForm) {
        return RomanizationKey.key(normalizedForm);
    }
}
