package io.newsreel.sink.export;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import io.newsreel.contract.event.ReleaseSource;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.contract.event.TimelineRelease;
import io.newsreel.sink.timeline.ShowSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * A show's release days as an iCalendar (RFC 5545) document: one all-day event per release or episode entry that
 * has a day. Entries known only to a window ("in March") are left out: a calendar is for days to mark, and a
 * month-long event would hide the ones that are known. biweekly types never leave this class.
 */
public final class ShowCalendar {

    private static final String PRODUCT_ID = "-//newsreel//show calendar//EN";

    private ShowCalendar() {
    }

    /**
     * The calendar of a show.
     *
     * @param show the show
     * @param releases its release and episode entries, in any order
     * @param stamp when the calendar is made: every event's DTSTAMP
     */
    public static String render(final ShowSummary show, final List<TimelineEntry> releases, final Instant stamp) {
        final ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setName(show.name());
        releases.stream()
                .filter(entry -> entry.release() != null && entry.release().date() != null)
                .map(entry -> event(show, entry, stamp))
                .forEach(calendar::addEvent);
        return Biweekly.write(calendar).go();
    }

    private static VEvent event(final ShowSummary show, final TimelineEntry entry, final Instant stamp) {
        final TimelineRelease release = entry.release();
        final VEvent event = new VEvent();
        // Stable across requests and instances, so a subscribed calendar updates its events instead of adding more.
        event.setUid(entry.entryId() + "@" + show.id() + ".newsreel");
        event.setDateTimeStamp(Date.from(stamp));
        event.setDateStart(new DateStart(day(release.date())));
        event.setDateEnd(new DateEnd(day(release.date().plusDays(1))));
        event.setSummary(show.name() + " — " + ReleaseLabels.describe(entry));
        event.setDescription(description(release));
        if (!release.sources().isEmpty() && release.sources().get(0).url() != null) {
            event.setUrl(release.sources().get(0).url());
        }
        return event;
    }

    private static ICalDate day(final LocalDate date) {
        return new ICalDate(new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                false);
    }

    private static String description(final TimelineRelease release) {
        final StringBuilder text = new StringBuilder();
        if (release.platform() != null) {
            text.append("On ").append(release.platform()).append(".\n");
        }
        if (release.conflict()) {
            text.append("Sources disagree on the date.\n");
        }
        text.append("Sources:");
        for (final ReleaseSource source : release.sources()) {
            text.append("\n- ").append(source.title());
            if (source.url() != null) {
                text.append(" (").append(source.url()).append(')');
            }
        }
        return text.toString();
    }
}
