package io.newsreel.contract.event;

/**
 * A person as a timeline shows them: enough to link and to filter.
 *
 * @param id catalog id
 * @param name canonical name
 */
public record PersonRef(String id, String name) {
}
