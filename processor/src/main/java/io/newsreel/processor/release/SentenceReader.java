package io.newsreel.processor.release;

import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.ReleaseType;
import io.newsreel.processor.release.TimeMention.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns one sentence into facts: each trigger word seeds a fact, a cadence seeds a schedule, and each time
 * expression attaches to the trigger before it (or, when none comes before, the first one after): in "premieres
 * August 23, new episodes every Friday through October 11" the premiere takes August 23 and the schedule October 11.
 */
final class SentenceReader {

    /** A weak word ("arrives") takes only a time this close; further away the time is about something else. */
    private static final int WEAK_REACH = 80;

    private SentenceReader() {
    }

    static SentenceResult read(final Sentence sentence, final DateResolver resolver) {
        final List<Seed> seeds = seeds(sentence);
        final Optional<CadenceReader.Found> cadence = sentence.has(CueKind.CADENCE)
                ? CadenceReader.find(sentence) : Optional.empty();
        final Seed schedule = cadence.map(found -> schedule(sentence, found, seeds)).orElse(null);
        attachTimes(sentence, resolver, seeds, schedule);
        final Counts counts = Counts.read(sentence);
        final List<ReleaseFact> facts = FactBuilder.facts(sentence, resolver, seeds, counts);
        for (final ReleaseFact fact : facts) {
            if (fact.type() == ReleaseType.PREMIERE && fact.date() != null) {
                resolver.premiereStated(fact.date());
                break;
            }
        }
        final ScheduleDraft draft = cadence.map(found -> draft(sentence, found.cadence(), schedule, facts, counts))
                .orElse(null);
        if (facts.isEmpty() && draft == null) {
            return new SentenceResult(FactBuilder.info(sentence, seeds, counts), null);
        }
        return new SentenceResult(facts, draft);
    }

    private static List<Seed> seeds(final Sentence sentence) {
        final boolean song = sentence.has(CueKind.SOUNDTRACK) || sentence.has(CueKind.SONG);
        final List<Seed> seeds = new ArrayList<>();
        for (final CueHit hit : sentence.hits()) {
            if (!hit.kind().seeds()) {
                continue;
            }
            ReleaseType type = hit.kind().type();
            if (type == null) {
                type = ReleaseTyping.of(sentence, hit, song);
            } else if (type == ReleaseType.ANNOUNCEMENT
                    && (sentence.has(CueKind.ROLE) || sentence.has(CueKind.CASTING))) {
                // "confirmed on Tuesday as the leads", "will headline": an announcement of casting
                type = ReleaseType.CASTING;
            }
            seeds.add(new Seed(hit.start(), "release:" + hit.cue().phrase(), type, hit.kind(), hit.kind().strong(),
                    TenseReader.of(sentence, hit), hit.cue().impliesToday()));
        }
        return seeds;
    }

    /** The schedule seed; new-episode words and release words inside the cadence itself are absorbed into it. */
    private static Seed schedule(final Sentence sentence, final CadenceReader.Found found, final List<Seed> seeds) {
        for (final Seed seed : seeds) {
            final boolean inside = seed.position >= found.start() && seed.position < found.end();
            seed.absorbed = seed.kind == CueKind.NEW_EPISODES
                    || inside && (seed.kind == CueKind.RELEASE || seed.kind == CueKind.AVAILABILITY);
        }
        return new Seed(found.start(), "release:cadence", ReleaseType.SCHEDULE, CueKind.CADENCE, true,
                TenseReader.nearestMarker(sentence, found.start()), false);
    }

    private static void attachTimes(final Sentence sentence, final DateResolver resolver, final List<Seed> seeds,
                                    final Seed schedule) {
        final List<Seed> targets = new ArrayList<>(seeds);
        if (schedule != null) {
            targets.add(schedule);
        }
        if (targets.isEmpty()) {
            return;
        }
        targets.sort(Comparator.comparingInt(seed -> seed.position));
        final List<TimeMention> mentions = TimeExpressions.find(sentence, resolver);
        for (final TimeMention mention : mentions) {
            for (final Seed seed : seeds) {
                seed.insideTime |= seed.position >= mention.start() && seed.position < mention.end();
            }
        }
        targets.removeIf(seed -> seed.insideTime);
        if (targets.isEmpty()) {
            return;
        }
        for (final TimeMention mention : mentions) {
            if (mention.role() == Role.UNTIL && schedule != null) {
                mention.resolve().apply(schedule.tense).ifPresent(schedule.untilTimes::add);
                continue;
            }
            Seed target = targets.get(0);
            for (final Seed seed : targets) {
                if (seed.position <= mention.start()) {
                    target = seed;
                }
            }
            final Seed owner = target.absorbed ? schedule : target;
            if (!owner.strong && Math.abs(mention.start() - target.position) > WEAK_REACH) {
                continue;
            }
            mention.resolve().apply(target.tense).ifPresent(owner.times::add);
        }
    }

    private static ScheduleDraft draft(final Sentence sentence, final Cadence cadence, final Seed schedule,
                                       final List<ReleaseFact> facts, final Counts counts) {
        When day = null;
        When span = null;
        for (final When when : schedule.times) {
            day = day == null && when.date() != null ? when : day;
            span = span == null && when.window() != null ? when : span;
        }
        LocalDate opening = null;
        for (int i = 0; i < facts.size() && opening == null; i++) {
            opening = facts.get(i).runStart();
        }
        return new ScheduleDraft(cadence,
                day != null ? day.date() : opening,
                day != null ? day.precision() : null,
                day == null && opening == null && span != null ? span.window() : null,
                schedule.untilTimes.isEmpty() ? null : schedule.untilTimes.get(0).last(),
                counts,
                FactBuilder.platformNear(sentence, schedule.position),
                new Evidence(sentence.content(), sentence.start(), sentence.end(), schedule.rule));
    }
}
