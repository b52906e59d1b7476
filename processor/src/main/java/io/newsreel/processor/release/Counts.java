package io.newsreel.processor.release;

import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a sentence states about a show: its episode count ("the six-part series", "16 episodes"), its season
 * ("Season 2", "a second season") and its part ("Part 2").
 *
 * @param episodes total episodes, or null
 * @param season season number, or null
 * @param part part number, or null
 */
record Counts(Integer episodes, Integer season, Integer part) {

    static final Counts NONE = new Counts(null, null, null);

    /**
     * "six-part", "16-episode": the hyphen keeps "Season 2 episode 3" from counting as two episodes; "a seven-episode
     * drop" is a batch, not the run.
     */
    private static final Pattern ADJECTIVE = Pattern.compile("\\b(" + Numbers.CARDINAL + ")-(?:part|episode)\\b"
            + "(?!\\s+(?:drop|batch|opening|premiere|debut|launch|salvo|release|block|bundle))");
    /** "all seven episodes", "16 episodes". */
    private static final Pattern NOUN = Pattern.compile("\\b(" + Numbers.CARDINAL + ")\\s+episodes\\b");
    /** A rate after a small count makes it episodes per release day ("two episodes land each Wednesday"). */
    private static final Pattern RATE = Pattern.compile("\\s+(?:\\w+\\s+)?(?:every|each|per|a\\s+week|weekly"
            + "|at\\s+a\\s+time|in\\s+pairs|on\\s+\\w+days)\\b");
    private static final Pattern SEASON = Pattern.compile("\\bseason\\s+(" + Numbers.CARDINAL + ")\\b|\\b("
            + Numbers.ORDINAL + ")\\s+(?:and\\s+(?:final|last)\\s+)?season\\b");
    private static final Pattern PART = Pattern.compile("\\bpart\\s+(\\d{1,2}|one|two|three|four|five|iv|iii|ii)\\b");

    /** A count after these words is a batch, not the whole run ("the final two episodes"). */
    private static final Set<String> BATCH_WORDS = Set.of("first", "last", "final", "remaining", "next", "new", "more",
            "other", "another", "latest", "opening", "those", "these", "extra", "additional", "further");

    /** Patterns run only around the words "episode(s)", "part" and "season" the cue scan found. */
    static Counts read(final Sentence sentence) {
        final Integer episodes = episodes(sentence);
        final Integer season = first(sentence, CueKind.SEASON, SEASON, 22, 12,
                m -> m.group(1) != null ? Numbers.cardinal(m.group(1)) : Numbers.ordinal(m.group(2)));
        final Integer part = mayNamePart(sentence) ? first(sentence, CueKind.EPISODES, PART, 0, 8,
                m -> switch (m.group(1)) {
                    case "ii" -> 2;
                    case "iii" -> 3;
                    case "iv" -> 4;
                    default -> Numbers.cardinal(m.group(1));
                }) : null;
        return episodes == null && season == null && part == null ? NONE : new Counts(episodes, season, part);
    }

    private static Integer episodes(final Sentence sentence) {
        final Integer adjective = hyphenated(sentence) ? first(sentence, CueKind.EPISODES, ADJECTIVE, 14, 0,
                m -> Numbers.cardinal(m.group(1))) : null;
        if (adjective != null) {
            return adjective;
        }
        return first(sentence, CueKind.EPISODES, NOUN, 14, 0, m -> {
            final Integer count = positive(Numbers.cardinal(m.group(1)));
            final boolean perDay = count != null && count <= CadenceReader.MAX_PER_DROP
                    && sentence.matchers().over(RATE, m.end(), sentence.end()).lookingAt();
            return perDay || BATCH_WORDS.contains(TimeExpressions.wordBefore(sentence, m.start())) ? null : count;
        });
    }

    /**
     * Whether the sentence has the cue "part" with blanks and what can start a part number after it (a digit, "one",
     * "two", "three", "four", "five", "ii", "iii", "iv"), as every {@link #PART} match has: the pattern is tried around
     * every cue of its kind, and most of those are "episode" or "episodes", or a "part" of "six-part series".
     */
    private static boolean mayNamePart(final Sentence sentence) {
        final String lower = sentence.lower();
        for (final CueHit hit : sentence.hits()) {
            if (hit.kind() == CueKind.EPISODES && "part".equals(hit.cue().phrase())) {
                final int next = sentence.afterBlanks(hit.end());
                if (next > hit.end() && next < sentence.end()
                        && (Character.isDigit(lower.charAt(next)) || "otfi".indexOf(lower.charAt(next)) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a hyphen joins a word to "part" or "episode", as every {@link #ADJECTIVE} count has it: most sentences
     * that name episodes have none, and the pattern is not tried there.
     */
    private static boolean hyphenated(final Sentence sentence) {
        for (final CueHit hit : sentence.hits()) {
            if (hit.kind() == CueKind.EPISODES && hit.start() > 0 && sentence.lower().charAt(hit.start() - 1) == '-') {
                return true;
            }
        }
        return false;
    }

    /** The first positive value {@code read} gives for a match near a cue of {@code kind}. */
    private static Integer first(final Sentence sentence, final CueKind kind, final Pattern pattern, final int before,
                                 final int after, final Function<Matcher, Integer> read) {
        final Integer[] value = {null};
        Near.cues(sentence, kind, pattern, before, after, m -> {
            if (value[0] == null) {
                value[0] = positive(read.apply(m));
            }
        });
        return value[0];
    }

    private static Integer positive(final Integer value) {
        return value == null || value < 1 ? null : value;
    }
}
