package io.newsreel.processor.discover;

/**
 * A real person and the character they play, as an article pairs them: {@code Do Hyeon-seo (Keum Sae-rok)},
 * {@code Park Hyung-sik (as Han Seon-woo)}, {@code Keum Sae-rok as Do Hyeon-seo}.
 *
 * @param person the person's name as written
 * @param personStart offset of the person's name in the text
 * @param personEnd end of the person's name
 * @param character the character's name as written
 * @param characterStart offset of the character's name
 * @param characterEnd end of the character's name
 * @param rule the pattern that paired them
 */
public record CastMention(String person, int personStart, int personEnd, String character, int characterStart,
                          int characterEnd, String rule) {
}
