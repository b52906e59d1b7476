package io.newsreel.contract.event;

import java.time.LocalDate;

/**
 * One season of a show.
 *
 * @param number season number, from 1
 * @param premiere first release day, or null
 * @param episodes episode count, or null
 * @param platform platform of this season when it differs from the show's, or null
 */
public record Season(int number, LocalDate premiere, Integer episodes, String platform) {
}
