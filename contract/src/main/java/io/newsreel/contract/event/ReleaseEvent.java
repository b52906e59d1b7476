package io.newsreel.contract.event;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A release fact drawn from an article, published on {@code release-events} keyed by show id.
 *
 * @param showId catalog id of the show
 * @param showName display name of the show
 * @param season season number, or null
 * @param type kind of fact
 * @param date the exact day when known, else null
 * @param dateWindow the span of days when only a month or season is known, else null
 * @param platform streaming platform or network, or null
 * @param episodes episode count, or null
 * @param cadence release cadence as stated, e.g. {@code two episodes every Wednesday}, or null
 * @param episodeDates on a fact that states a whole schedule, the release day of every episode (element {@code i} is
 *                     episode {@code i + 1}'s day); else empty
 * @param articleId the article the fact was drawn from
 * @param evidence the sentence and rule the fact came from
 * @param confidence between 0 and 1
 */
public record ReleaseEvent(
        String showId,
        String showName,
        Integer season,
        ReleaseType type,
        LocalDate date,
        DateWindow dateWindow,
        String platform,
        Integer episodes,
        String cadence,
        List<LocalDate> episodeDates,
        String articleId,
        Evidence evidence,
        double confidence) {

    /** The zone release days are read in: the shows newsreel follows premiere on Korean time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    public ReleaseEvent {
        episodeDates = episodeDates == null ? List.of() : List.copyOf(episodeDates);
    }
}
