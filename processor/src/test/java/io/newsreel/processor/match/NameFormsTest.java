package io.newsreel.processor.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameFormsTest {

    @Test
    void shouldIndexAKoreanOrderNameInBothOrdersSplitAndJoined() {
        // When
        final NameForms forms = NameForms.of("Keum Sae-rok", List.of());

        // Then
        assertThat(forms.full()).containsExactlyInAnyOrder("keum sae rok", "keum saerok", "sae rok keum",
                "saerok keum");
        assertThat(forms.familyOnly()).containsExactly("keum");
        assertThat(forms.givenOnly()).containsExactlyInAnyOrder("sae rok", "saerok");
    }

    @Test
    void shouldReadAWesternOrderName() {
        final NameForms forms = NameForms.of("Hyung-sik Park", List.of());

        assertThat(forms.full()).contains("park hyung sik", "park hyungsik", "hyung sik park", "hyungsik park");
        assertThat(forms.familyOnly()).containsExactly("park");
        assertThat(forms.givenOnly()).containsExactlyInAnyOrder("hyung sik", "hyungsik");
    }

    @Test
    void shouldSplitAJoinedGivenNameIntoSyllables() {
        final NameForms forms = NameForms.of("Park Hyungsik", List.of());

        assertThat(forms.full()).contains("park hyung sik", "hyung sik park");
        assertThat(forms.givenOnly()).containsExactlyInAnyOrder("hyungsik", "hyung sik");
    }

    @Test
    void shouldDeriveTheFormsOfAnEnglishGivenName() {
        final NameForms forms = NameForms.of("Noh Sang-hyun", List.of("Steve Sanghyun Noh"));

        assertThat(forms.full()).contains("noh sang hyun", "steve sanghyun noh", "steve sang hyun noh", "steve noh",
                "sanghyun noh");
        assertThat(forms.familyOnly()).containsExactly("noh");
        assertThat(forms.givenOnly()).contains("sang hyun", "sanghyun", "steve");
    }

    @Test
    void shouldFindEverySpellingOfTheExamplesAmongTheKeyedForms() {
        // Given
        final Map<String, List<String>> spellingsByName = Map.of(
                "Keum Sae-rok", List.of("Kuem Sae-Rok", "Geum Sae-rok", "Geum Saerok", "Saerok Keum"),
                "Noh Sang-hyun", List.of("Steve Sanghyun Noh", "Steve Noh", "Roh Sang-hyeon", "Sanghyun Noh"),
                "Sohn Jeong-hyuk", List.of("Son Jung-Hyuk", "Sohn Jung-hyuk", "Jung-hyuk Son", "Son Junghyuk"),
                "Park Hyung-sik", List.of("Park Hyungsik", "Hyung-sik Park", "Hyungsik Park", "Bak Hyeong-sik"));
        final Map<String, List<String>> aliases = Map.of("Noh Sang-hyun", List.of("Steve Sanghyun Noh"));

        spellingsByName.forEach((name, spellings) -> {
            // When
            final Set<String> keyed = keyed(NameForms.of(name, aliases.getOrDefault(name, List.of())).full());

            // Then
            assertThat(spellings).allSatisfy(spelling ->
                    assertThat(keyed).as("keyed forms of %s", name).contains(keyOf(spelling)));
        });
    }

    @Test
    void shouldResolveTheGivenNameAloneInKeySpace() {
        final NameForms forms = NameForms.of("Keum Sae-rok", List.of());

        assertThat(keyed(forms.givenOnly())).contains(keyOf("Sae-rok"), keyOf("Saerok"));
        assertThat(keyed(forms.familyOnly())).contains(keyOf("Geum"), keyOf("Kuem"));
    }

    @ParameterizedTest
    @CsvSource({
        "Namgung Min, namgung, min",
        "Nam-gung Min, namgung, min",
        "Min Namkoong, namkoong, min",
        "Hwangbo Ra-ra, hwangbo, rara",
        "Seonwoo Jeong-a, seonwoo, jeonga",
        "Dokgo Young-jae, dokgo, youngjae",
    })
    void shouldSupportTwoSyllableFamilyNames(final String name, final String family, final String given) {
        final NameForms forms = NameForms.of(name, List.of());

        assertThat(forms.familyOnly()).contains(family);
        assertThat(forms.givenOnly()).contains(given);
        assertThat(forms.full()).contains(family + " " + given, given + " " + family);
    }

    @Test
    void shouldKeepASingleSyllableGivenNameWhole() {
        final NameForms forms = NameForms.of("Song Kang", List.of());

        assertThat(forms.full()).containsExactlyInAnyOrder("song kang", "kang song");
        assertThat(forms.familyOnly()).containsExactly("song");
        assertThat(forms.givenOnly()).containsExactly("kang");
    }

    @Test
    void shouldGiveATwoSyllableGivenNameSplitAndJoined() {
        assertThat(NameForms.of("Kim Woo-bin", List.of()).givenOnly()).containsExactlyInAnyOrder("woo bin", "woobin");
        assertThat(NameForms.of("Woo-bin Kim", List.of()).familyOnly()).containsExactly("kim");
    }

    @Test
    void shouldOfferEveryReadingOfAnAmbiguousJoinedGivenName() {
        assertThat(NameForms.of("Im Yoona", List.of()).givenOnly()).containsExactlyInAnyOrder("yoona", "yoon a",
                "yoo na");
        assertThat(NameForms.of("Cha Eunwoo", List.of()).givenOnly()).containsExactlyInAnyOrder("eunwoo", "eun woo");
        assertThat(NameForms.of("Im Yoon", List.of()).givenOnly()).containsExactly("yoon");
    }

    @ParameterizedTest
    @CsvSource({"Demian, demian", "IU, iu", "T.O.P, t o p", "G-Dragon, g dragon"})
    void shouldIndexADistinctiveStageName(final String stageName, final String form) {
        final NameForms forms = NameForms.of(stageName, List.of());

        assertThat(forms.full()).contains(form).doesNotContain("top");
        assertThat(forms.familyOnly()).isEmpty();
        assertThat(forms.givenOnly()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rain", "song", "The", "Kim", "Lee", "Iu", "Jo"})
    void shouldNeverMakeACommonWordOrAFamilyNameAloneAFullForm(final String name) {
        assertThat(NameForms.of(name, List.of()).full()).isEmpty();
    }

    @Test
    void shouldIndexANameOfNoKnownShapeOnlyAsWritten() {
        final NameForms forms = NameForms.of("Daniel Henney", List.of());

        assertThat(forms.full()).containsExactly("daniel henney");
        assertThat(forms.familyOnly()).isEmpty();
        assertThat(forms.givenOnly()).isEmpty();
    }

    @Test
    void shouldSkipNullsAndBlanks() {
        assertThat(NameForms.of(null, null)).isEqualTo(new NameForms(Set.of(), Set.of(), Set.of()));
        assertThat(NameForms.of("  ", Arrays.asList(null, "", "—")).full()).isEmpty();
    }

    @Test
    void shouldFindEveryVariantInOnePassOverKeyedText() {
        // Given
        final Map<String, List<String>> personsByPhrase = new HashMap<>();
        index(personsByPhrase, "keum-sae-rok", NameForms.of("Keum Sae-rok", List.of()));
        index(personsByPhrase, "noh-sang-hyun", NameForms.of("Noh Sang-hyun", List.of("Steve Sanghyun Noh")));
        index(personsByPhrase, "sohn-jeong-hyuk", NameForms.of("Sohn Jeong-hyuk", List.of()));
        index(personsByPhrase, "park-hyung-sik", NameForms.of("Park Hyung-sik", List.of()));
        final PhraseMatcher<String> matcher = new PhraseMatcher<>(personsByPhrase);
        final String article = "Kuem Sae-Rok, Steve Noh and Son Jung-Hyuk join Hyung-sik Park. No, the song is "
                + "not a drama about parking, kimchi, a rock or a sick son.";

        // When
        final NormalizedText keyed = RomanizationKey.keyText(TextNormalizer.normalize(article));
        final List<String> found = new ArrayList<>();
        matcher.find(keyed.text()).forEach(match -> found.add(match.targets().get(0) + "="
                + article.substring(keyed.originalStart(match.start()), keyed.originalEnd(match.end()))));

        // Then
        assertThat(found).containsExactly("keum-sae-rok=Kuem Sae-Rok", "noh-sang-hyun=Steve Noh",
                "sohn-jeong-hyuk=Son Jung-Hyuk", "park-hyung-sik=Hyung-sik Park");
    }

    @Test
    void shouldGiveOnlyNormalizedFormsOfTwoTokensOrADistinctiveStageNameForAnyName() {
        final Random random = new Random(3L);
        final String[] words = {"Kim", "Lee", "Park", "Sae-rok", "Hyungsik", "Steve", "the", "song", "IU", "T.O.P",
            "Namgung", "Nam-gung", "yoona", "—", "", "Ahn", "x", "Rain", "Jeong-Hyuk", "é", "2PM", "o'neil"};
        for (int i = 0; i < 3_000; i++) {
            final String name = randomName(random, words);
            final List<String> aliases = List.of(randomName(random, words), randomName(random, words));

            assertThatCode(() -> NameForms.of(name, aliases)).as("'%s' %s", name, aliases)
                    .doesNotThrowAnyException();
            final NameForms forms = NameForms.of(name, aliases);
            assertThat(forms.full()).allSatisfy(form -> {
                assertThat(TextNormalizer.normalizeText(form)).isEqualTo(form);
                assertThat(form.contains(" ") || form.length() >= 2 && !NameForms.isCommonWord(form))
                        .as("full form '%s' of '%s' %s", form, name, aliases).isTrue();
            });
        }
    }

    private static void index(final Map<String, List<String>> byPhrase, final String id, final NameForms forms) {
        keyed(forms.full()).forEach(key -> byPhrase.computeIfAbsent(key, k -> new ArrayList<>()).add(id));
    }

    private static Set<String> keyed(final Set<String> forms) {
        return forms.stream().map(RomanizationKey::key).collect(Collectors.toSet());
    }

    private static String keyOf(final String spelling) {
        return RomanizationKey.key(TextNormalizer.normalizeText(spelling));
    }

    private static String randomName(final Random random, final String[] words) {
        final StringBuilder name = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            name.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "  ");
        }
        return name.toString();
    }
}
