package io.newsreel.processor.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RomanizationKeyTest {

    private static final List<String> EXAMPLE_NAMES = List.of("Keum Sae-rok", "Kuem Sae-Rok", "Geum Sae-rok",
            "Sae-rok", "Saerok", "Noh Sang-hyun", "Steve Sanghyun Noh", "Steve Noh", "Sohn Jeong-hyuk",
            "Son Jung-Hyuk", "Park Hyung-sik", "Park Hyungsik", "Hyung-sik Park");

    /** Letters romanized Korean is made of, so random strings hit the rules often. */
    private static final String ROMANIZATION_LETTERS = "aeiouwy" + "aeiouwy" + "kgbdtpcshjnmlr" + " -";

    @ParameterizedTest
    @ValueSource(strings = {
        "keum kuem geum kum gum",
        "jeong jung chung cheong",
        "hyeon hyun",
        "hyuk hyuck hyeok",
        "sohn son",
        "noh roh",
        "lee yi rhee rhie",
        "park bak pak",
        "shin sin",
        "sik shik",
        "seo suh",
        "yoon yun youn",
        "young yeong",
        "kwon gwon kweon gweon",
        "baek paek paik",
        "lim yim rim im",
        "kim gim",
        "kkum kum",
        "ttal tal",
        "ppalli palli",
        "jji ji chi jee",
    })
    void shouldKeySpellingsOfOneSyllableAlike(final String spellings) {
        // Given
        final List<String> variants = List.of(spellings.split(" "));

        // When
        final List<String> keys = variants.stream().map(RomanizationKey::key).toList();

        // Then
        assertThat(keys).as("keys of %s", variants).containsOnly(keys.get(0));
    }

    @ParameterizedTest
    @CsvSource({
        "kim, keum",
        "shin, seon",
        "sae, se",
        "song, seong",
        "yong, yeong",
        "lee, i",
        "choi, choe",
        "noh, nu",
    })
    void shouldKeepApartSyllablesKoreanNamesKeepApart(final String one, final String other) {
        assertThat(RomanizationKey.key(one)).isNotEqualTo(RomanizationKey.key(other));
    }

    @Test
    void shouldKeyTheExampleSpellingsOfEachPersonAlike() {
        assertThat(keyOf("Keum Sae-rok")).isEqualTo(keyOf("Kuem Sae-Rok")).isEqualTo(keyOf("Geum Sae-rok"))
                .isEqualTo("kum sae rok");
        assertThat(keyOf("Sohn Jeong-hyuk")).isEqualTo(keyOf("Son Jung-Hyuk")).isEqualTo("son jung hyuk");
        assertThat(keyOf("Noh Sang-hyun")).isEqualTo(keyOf("Roh Sang-hyeon")).isEqualTo("no sang hyun");
        assertThat(keyOf("Park Hyung-sik")).isEqualTo(keyOf("Bak Hyeong-shik")).isEqualTo("pak hyung sik");
        assertThat(keyOf("Park Hyungsik")).isEqualTo(keyOf("Park Hyeongsik"));
    }

    @Test
    void shouldKeyJoinedSyllablesLikeTheJoinedToken() {
        assertThat(RomanizationKey.keyOfJoined("sae", "rok")).isEqualTo(RomanizationKey.key("saerok"));
        assertThat(RomanizationKey.keyOfJoined("hyung", "sik")).isEqualTo(RomanizationKey.key("hyeongsik"));
        assertThat(RomanizationKey.keyOfJoined("sang", "hyun")).isEqualTo(RomanizationKey.key("sanghyeon"));
        assertThat(RomanizationKey.keyOfJoined()).isEmpty();
    }

    @Test
    void shouldKeepOrdinaryWordsApartFromTheExampleNames() {
        // Given
        final List<String> nameKeys = EXAMPLE_NAMES.stream()
                .flatMap(name -> Arrays.stream(TextNormalizer.normalizeText(name).split(" ")))
                .map(RomanizationKey::key)
                .toList();

        // When
        final List<String> wordKeys = List.of("the", "song", "drama", "parking", "kimchi", "hyundai", "steven",
                "rocket", "sage", "hyena").stream().map(RomanizationKey::key).toList();

        // Then
        assertThat(wordKeys).as("one of the words is keyed like a name token: %s", nameKeys)
                .doesNotContainAnyElementsOf(nameKeys);
        assertThat(RomanizationKey.key("kimchi")).isNotEqualTo(RomanizationKey.key("kim"));
        assertThat(RomanizationKey.key("parking")).isNotEqualTo(RomanizationKey.key("park"));
    }

    @Test
    void shouldHandBackAnUnchangedTokenItself() {
        final String steve = "steve";

        assertThat(RomanizationKey.key(steve)).isSameAs(steve);
    }

    @Test
    void shouldKeyOnlyLowerCaseLettersAndKeepEverythingElse() {
        assertThat(RomanizationKey.key("sohn 2 noh-ahn")).isEqualTo("son 2 no-an");
        assertThat(RomanizationKey.key("é😀 ")).isEqualTo("é😀 ");
        assertThat(RomanizationKey.key(null)).isEmpty();
        assertThat(RomanizationKey.key("")).isEmpty();
    }

    @Test
    void shouldBeIdempotent() {
        final Random random = new Random(20240611L);
        final List<String> inputs = new ArrayList<>(EXAMPLE_NAMES.stream().map(TextNormalizer::normalizeText).toList());
        for (int i = 0; i < 5_000; i++) {
            inputs.add(randomString(random, ROMANIZATION_LETTERS, 12));
        }

        for (final String input : inputs) {
            final String key = RomanizationKey.key(input);
            assertThat(RomanizationKey.key(key)).as("key of the key of '%s'", input).isEqualTo(key);
        }
    }

    @Test
    void shouldNeverThrowAndNeverLengthen() {
        final Random random = new Random(7L);
        for (int i = 0; i < 5_000; i++) {
            final String input = i % 2 == 0 ? randomString(random, ROMANIZATION_LETTERS, 20) : randomUnicode(random);

            assertThatCode(() -> RomanizationKey.key(input)).as("'%s'", input).doesNotThrowAnyException();
            assertThat(RomanizationKey.key(input).length()).isLessThanOrEqualTo(input.length());
        }
    }

    @Test
    void shouldKeyTextTokenByTokenAndMapMatchesBackToTheOriginal() {
        // Given
        final String original = "Kuem Sae-Rok’s drama with Son Jung-Hyuk";
        final NormalizedText normalized = TextNormalizer.normalize(original);

        // When
        final NormalizedText keyed = RomanizationKey.keyText(normalized);

        // Then
        assertThat(keyed.text()).isEqualTo("kum sae rok s trama with son jung hyuk");
        final int start = keyed.text().indexOf("kum sae rok");
        assertThat(original.substring(keyed.originalStart(start), keyed.originalEnd(start + "kum sae rok".length())))
                .isEqualTo("Kuem Sae-Rok");
        final int sohn = keyed.text().indexOf("son jung hyuk");
        assertThat(original.substring(keyed.originalStart(sohn), keyed.originalEnd(keyed.text().length())))
                .isEqualTo("Son Jung-Hyuk");
    }

    @Test
    void shouldKeyTextLikeKeyingEachTokenAlone() {
        final Random random = new Random(11L);
        for (int i = 0; i < 2_000; i++) {
            final String normalized = TextNormalizer.normalizeText(randomString(random, ROMANIZATION_LETTERS, 40));

            final String tokenByToken = Arrays.stream(normalized.split(" ", -1)).map(RomanizationKey::key)
                    .collect(Collectors.joining(" "));

            assertThat(RomanizationKey.keyText(TextNormalizer.normalize(normalized)).text())
                    .as("'%s'", normalized).isEqualTo(tokenByToken);
        }
    }

    private static String keyOf(final String name) {
        return RomanizationKey.key(TextNormalizer.normalizeText(name));
    }

    private static String randomString(final Random random, final String alphabet, final int maxLength) {
        final StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String randomUnicode(final Random random) {
        final StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(16); i > 0; i--) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }
}
