package io.newsreel.processor.release;

import io.newsreel.contract.event.ReleaseType;
import java.util.ArrayList;
import java.util.List;

/**
 * A fact in the making inside one sentence: a trigger word (or a cadence), the fact type it stands for, and the
 * times attached to it. Seeds of one type in one sentence merge into one fact.
 */
final class Seed {

    final int position;
    final String rule;
    final ReleaseType type;
    final CueKind kind;
    final boolean strong;
    final Tense tense;
    final boolean impliesToday;
    final List<When> times = new ArrayList<>();
    /** Last days of a run ("through October 11"); only a schedule seed collects them. */
    final List<When> untilTimes = new ArrayList<>();
    /** A release word that only describes a cadence ("two episodes drop every Wednesday") feeds the schedule. */
    boolean absorbed;
    /** A word inside a time expression ("on the day of the premiere") is part of the time, not a trigger. */
    boolean insideTime;

    Seed(final int position, final String rule, final ReleaseType type, final CueKind kind, final boolean strong,
         final Tense tense, final boolean impliesToday) {
        this.position = position;
        this.rule = rule;
        this.type = type;
        this.kind = kind;
        this.strong = strong;
        this.tense = tense;
        this.impliesToday = impliesToday;
    }
}
