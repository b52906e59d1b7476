package io.newsreel.contract.event;

/**
 * A person's part in a show.
 *
 * @param personId catalog id of the person
 * @param role {@code actor}, {@code director}, {@code writer}, {@code singer}, ...
 * @param character the character played, for actors, else null
 */
public record Credit(String personId, String role, String character) {
}
