package io.newsreel.contract.event;

/**
 * A fictional character named in an article, linked to the actor who plays it and the show it belongs to.
 *
 * @param name the character's name as written
 * @param personId the actor's catalog id, or null when unknown
 * @param showId the show's catalog id, or null when unknown
 * @param evidence where the character was found
 */
public record CharacterTag(String name, String personId, String showId, Evidence evidence) {
}
