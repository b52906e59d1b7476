package io.newsreel.sink.person;

/**
 * A show and how many of a person's articles are tagged with it.
 *
 * @param id show id
 * @param name display name
 * @param articles the person's articles tagged with the show
 */
public record ShowCount(String id, String name, long articles) {
}
