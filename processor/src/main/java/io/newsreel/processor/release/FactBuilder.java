package io.newsreel.processor.release;

import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.ReleaseType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the seeds of one sentence into facts: one per fact type, or one per day when a type is given several
 * ("the remaining episodes arrive on December 13 and December 20"). A weak trigger with no time makes no fact.
 */
final class FactBuilder {

    private FactBuilder() {
    }

    static List<ReleaseFact> facts(final Sentence sentence, final DateResolver resolver, final List<Seed> seeds,
                                   final Counts counts) {
        final Map<ReleaseType, List<Seed>> byType = new LinkedHashMap<>();
        for (final Seed seed : seeds) {
            if (!seed.absorbed && !seed.insideTime) {
                byType.computeIfAbsent(seed.type, type -> new ArrayList<>()).add(seed);
            }
        }
        final List<ReleaseFact> facts = new ArrayList<>();
        byType.forEach((type, group) -> {
            final boolean strong = anyStrong(group);
            final Seed today = firstImplyingToday(group);
            List<Dated> times = chosen(group);
            // "Now streaming" dates the fact today; a span beside it ("set in 2024 Seoul") is about something else.
            if (times.size() == 1 && times.get(0).when().date() == null) {
                times = today != null ? List.of() : times;
            }
            if (times.isEmpty() && today != null) {
                times = List.of(new Dated(When.day(resolver.published(), Precision.RELATIVE), today));
            }
            if (times.isEmpty() && strong) {
                final Seed first = group.get(0);
                facts.add(fact(type, null, platformNear(sentence, first.position), counts,
                        evidence(sentence, first.rule), Precision.NO_TIME));
            }
            for (int i = 0; i < times.size(); i++) {
                final Dated time = times.get(i);
                // "the last two episodes on Dec. 24 and 25": only the last day is the finale
                final ReleaseType dayType = type == ReleaseType.FINALE && i < times.size() - 1
                        && time.when().date() != null ? ReleaseType.NEW_EPISODES : type;
                facts.add(fact(dayType, time.when(), platformNear(sentence, time.seed().position), counts,
                        evidence(sentence, time.seed().rule), time.when().precision().confidence(strong)));
            }
        });
        return facts;
    }

    /**
     * For a sentence with no dated fact: its episode count, or the platform a show streams on, as a schedule fact
     * with no time ("the six-part series", "streams on Netflix").
     */
    static List<ReleaseFact> info(final Sentence sentence, final List<Seed> seeds, final Counts counts) {
        final int position = sentence.start();
        if (counts.episodes() != null) {
            return List.of(fact(ReleaseType.SCHEDULE, null, platformNear(sentence, position), counts,
                    evidence(sentence, "release:episode-count"), Precision.NO_TIME));
        }
        for (final Seed seed : seeds) {
            final String platform = platformNear(sentence, seed.position);
            if (seed.kind == CueKind.AVAILABILITY && platform != null) {
                return List.of(fact(ReleaseType.SCHEDULE, null, platform, counts,
                        evidence(sentence, "release:platform"), Precision.NO_TIME));
            }
        }
        return List.of();
    }

    /** The platform named first after {@code position}, else the last one before it. */
    static String platformNear(final Sentence sentence, final int position) {
        String before = null;
        for (final CueHit hit : sentence.hits()) {
            if (hit.kind() == CueKind.PLATFORM) {
                if (hit.start() >= position) {
                    return hit.cue().value();
                }
                before = hit.cue().value();
            }
        }
        return before;
    }

    static Evidence evidence(final Sentence sentence, final String rule) {
        return new Evidence(sentence.content(), sentence.start(), sentence.end(), rule);
    }

    static ReleaseFact fact(final ReleaseType type, final When when, final String platform, final Counts counts,
                            final Evidence evidence, final double confidence) {
        return new ReleaseFact(type, when == null ? null : when.date(), when == null ? null : when.window(), platform,
                counts.episodes(), null, List.of(), counts.season(), counts.part(), evidence, confidence);
    }

    /** Every distinct day given, in text order, each with the seed that took it; else the first span. */
    private static List<Dated> chosen(final List<Seed> group) {
        final Set<LocalDate> days = new LinkedHashSet<>();
        final List<Dated> chosen = new ArrayList<>();
        Dated span = null;
        for (final Seed seed : group) {
            for (final When when : seed.times) {
                if (when.date() != null && days.add(when.date())) {
                    chosen.add(new Dated(when, seed));
                } else if (when.window() != null && span == null) {
                    span = new Dated(when, seed);
                }
            }
        }
        return chosen.isEmpty() && span != null ? List.of(span) : chosen;
    }

    private static boolean anyStrong(final List<Seed> seeds) {
        for (final Seed seed : seeds) {
            if (seed.strong) {
                return true;
            }
        }
        return false;
    }

    private static Seed firstImplyingToday(final List<Seed> seeds) {
        for (final Seed seed : seeds) {
            if (seed.impliesToday) {
                return seed;
            }
        }
        return null;
    }

    /** A time and the trigger word that took it, whose rule and nearby platform the fact carries. */
    private record Dated(When when, Seed seed) {
    }
}
