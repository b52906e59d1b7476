package io.newsreel.app.crash;

import io.newsreel.contract.event.EntryKind;
import io.newsreel.contract.event.ReleaseSource;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.contract.event.TimelineEntry;
import io.newsreel.sink.timeline.TimelineEntries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reached the end of the pipeline, against the known set of articles: every article once in its show's
 * timeline (as an entry of its own or in the coverage of its story's entry), every press conference once as a
 * release entry listing each of its reports once, and every article once on {@code raw-articles}.
 *
 * @param articles articles checked
 * @param conferences press conferences checked
 * @param lost "where: article id" for everything that should be there and is not
 * @param duplicated "where: article id" → how many times too many it is there
 */
record Delivery(int articles, int conferences, List<String> lost, Map<String, Integer> duplicated) {

    static Delivery of(final List<CrashArticles.Planted> planted, final Collection<TimelineEntry> entries,
                       final Map<String, Integer> rawArticles) {
        final List<String> lost = new ArrayList<>();
        final Map<String, Integer> duplicated = new TreeMap<>();
        final Map<String, Integer> inTimelines = new HashMap<>();
        final Map<String, List<TimelineEntry>> conferenceEntries = new HashMap<>();
        for (final TimelineEntry entry : entries) {
            if (entry.kind() == EntryKind.ARTICLE) {
                TimelineEntries.members(entry).forEach(member -> inTimelines.merge(entry.showId() + " " + member.id(), 1,
                        Integer::sum));
            } else if (entry.kind() == EntryKind.RELEASE && entry.release().type() == ReleaseType.PRESS_CONFERENCE) {
                conferenceEntries.computeIfAbsent(conference(entry.showId(), entry.release().date()),
                        key -> new ArrayList<>()).add(entry);
            }
        }
        inTimelines.forEach((where, count) -> {
            if (count > 1) {
                duplicated.put("timeline " + where, count - 1);
            }
        });
        rawArticles.forEach((id, count) -> {
            if (count > 1) {
                duplicated.put("raw-articles " + id, count - 1);
            }
        });

        final Map<String, List<CrashArticles.Planted>> reports = new TreeMap<>();
        for (final CrashArticles.Planted article : planted) {
            if (!inTimelines.containsKey(article.showId() + " " + article.id())) {
                lost.add("timeline " + article.showId() + " " + article.name());
            }
            if (!rawArticles.containsKey(article.id())) {
                lost.add("raw-articles " + article.name());
            }
            if (article.conference() != null) {
                reports.computeIfAbsent(conference(article.showId(), article.conference()), key -> new ArrayList<>())
                        .add(article);
            }
        }
        reports.forEach((conference, ids) -> checkConference(conference, ids,
                conferenceEntries.getOrDefault(conference, List.of()), lost, duplicated));
        return new Delivery(planted.size(), reports.size(), List.copyOf(lost), Map.copyOf(duplicated));
    }

    private static void checkConference(final String conference, final List<CrashArticles.Planted> reportsPlanted,
                                        final List<TimelineEntry> found, final List<String> lost,
                                        final Map<String, Integer> duplicated) {
        if (found.isEmpty()) {
            lost.add("release " + conference);
            return;
        }
        if (found.size() > 1) {
            duplicated.put("release " + conference, found.size() - 1);
        }
        final Map<String, Integer> sources = new HashMap<>();
        found.get(0).release().sources().stream().map(ReleaseSource::articleId)
                .forEach(id -> sources.merge(id, 1, Integer::sum));
        for (final CrashArticles.Planted report : reportsPlanted) {
            final int count = sources.getOrDefault(report.id(), 0);
            if (count == 0) {
                lost.add("release " + conference + " source " + report.name());
            } else if (count > 1) {
                duplicated.put("release " + conference + " source " + report.name(), count - 1);
            }
        }
    }

    private static String conference(final String showId, final LocalDate day) {
        return showId + " " + day;
    }

    boolean complete() {
        return lost.isEmpty();
    }

    int duplicates() {
        return duplicated.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** At most a few of each, for a failure message. */
    String sample() {
        return "lost " + lost.size() + " " + lost.stream().limit(10).toList() + ", duplicated " + duplicates() + " "
                + duplicated.entrySet().stream().limit(10).toList();
    }
}
