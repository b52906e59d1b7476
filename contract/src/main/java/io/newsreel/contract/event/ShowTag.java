package io.newsreel.contract.event;

/**
 * A show an article is about or mentions.
 *
 * @param id catalog id of the show
 * @param name display name of the show
 * @param season season number when the article names one, else null
 * @param salience whether the show is the article's subject
 * @param confidence between 0 and 1
 * @param evidence where and why the show was found
 */
public record ShowTag(String id, String name, Integer season, Salience salience, double confidence, Evidence evidence) {
}
