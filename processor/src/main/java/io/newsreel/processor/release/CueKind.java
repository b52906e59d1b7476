package io.newsreel.processor.release;

import io.newsreel.contract.event.ReleaseType;

/**
 * What a word found by the {@link CueScanner} tells about its sentence. Only some kinds make a sentence worth
 * reading ({@link #opens()}); the others are read once a sentence is open, so that date, number and platform
 * patterns run only where they can matter.
 */
enum CueKind {
    /** "premieres", "premiere". */
    PREMIERE(ReleaseType.PREMIERE, true, true),
    /** "released", "drops", "arrives on": a premiere, new episodes, a finale or a song, depending on the sentence. */
    RELEASE(null, false, true),
    /** "now streaming", "available on": like {@link #RELEASE}, and may name a platform with no date at all. */
    AVAILABILITY(null, false, true),
    /** "new episodes". */
    NEW_EPISODES(ReleaseType.NEW_EPISODES, false, true),
    /** "finale", "final episode". */
    FINALE(ReleaseType.FINALE, true, true),
    /** "set to end", "concludes", "said goodbye": a finale only when a time comes with it. */
    FINALE_VERB(ReleaseType.FINALE, false, true),
    /** "the final two", "the remaining three": the last batch of a season, when a time comes with it. */
    FINAL_BATCH(ReleaseType.FINALE, false, true),
    ANNOUNCEMENT(ReleaseType.ANNOUNCEMENT, true, true),
    CASTING(ReleaseType.CASTING, true, true),
    /** "named": casting only when a time comes with it ("on Thursday named eight more players"). */
    CASTING_VERB(ReleaseType.CASTING, false, true),
    PRESS(ReleaseType.PRESS_CONFERENCE, true, true),
    /** "OST", "soundtrack single". */
    SOUNDTRACK(ReleaseType.SOUNDTRACK, true, true),
    /** "episodes", "six-part": an episode count may follow. */
    EPISODES(null, false, false),
    /** "every", "weekly", "Wednesdays": a release cadence may follow. */
    CADENCE(null, false, false),
    /** "song", "single": a release in this sentence is a soundtrack release. */
    SONG(null, false, false),
    /** "remaining", "another": a release near it may be of a batch of episodes ("another four episodes"). */
    BATCH(null, false, false),
    /** "lead", "headline", "role": an announcement in this sentence is about casting. */
    ROLE(null, false, false),
    /** "will", "was": the tense of trigger words that have none of their own. */
    TENSE(null, false, false),
    SEASON(null, false, false),
    PLATFORM(null, false, false),
    MONTH(null, false, false),
    WEEKDAY(null, false, false),
    /** "today", "week", "month". */
    RELATIVE_DAY(null, false, false),
    /** "spring", "autumn". */
    SEASON_OF_YEAR(null, false, false),
    /** "year", "early", "later": a span of a year may follow. */
    YEAR(null, false, false);

    private final ReleaseType type;
    private final boolean strong;
    private final boolean seeds;

    CueKind(final ReleaseType type, final boolean strong, final boolean seeds) {
        this.type = type;
        this.strong = strong;
        this.seeds = seeds;
    }

    /** The fact type this word stands for, or null when the sentence decides. */
    ReleaseType type() {
        return type;
    }

    /** Strong words make a fact even without a time; weak ones ("drops", "ends") need one. */
    boolean strong() {
        return strong;
    }

    /** Whether this word can start a fact. */
    boolean seeds() {
        return seeds;
    }

    /** Whether a sentence holding this word is read at all. */
    boolean opens() {
        return seeds || this == EPISODES || this == CADENCE;
    }
}
