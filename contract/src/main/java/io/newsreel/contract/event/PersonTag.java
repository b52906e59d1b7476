package io.newsreel.contract.event;

import java.util.List;

/**
 * A real person an article names (actor, director, writer, singer), never a character.
 *
 * @param id catalog id of the person
 * @param name canonical name
 * @param roles the person's roles, e.g. {@code actor}, {@code director}
 * @param mentions the surface forms seen in the article
 * @param confidence between 0 and 1
 * @param evidence the first mention and the rule that resolved it
 */
public record PersonTag(String id, String name, List<String> roles, List<String> mentions, double confidence,
                        Evidence evidence) {
    public PersonTag {
        roles = roles == null ? List.of() : List.copyOf(roles);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
