package io.newsreel.processor.release;

import io.newsreel.contract.event.ReleaseType;
import io.newsreel.processor.trie.MatchStarts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a generic release word ("drops", "arrives", "is set for") releases, from the words of its clause:
 * a song, a finale, a press event, a batch of episodes, or the show itself.
 */
final class ReleaseTyping {

    /**
     * Episodes named as a batch ("episodes 3 and 4", "the remaining four episodes", "the last three") near a release
     * word make it a release of new episodes rather than a premiere.
     */
    private static final Pattern EPISODE_BATCH = Pattern.compile("\\bepisodes?\\s+(?:\\d|one|two|three|four|five|six"
            + "|seven|eight|nine|ten)\\b|\\b(?:remaining|next|latest|further|new|another)\\s+(?:\\S+\\s+)?episodes?\\b"
            + "|\\b(?:remaining|last|next|another)\\s+(?:two|three|four|five|six|\\d{1,2})\\b"
            + "|\\b(?:second|third|next)\\s+(?:act|part|batch|half|installment)\\b");
    private static final MatchStarts.Opening EPISODE_BATCH_START = MatchStarts.wordStartOf(EPISODE_BATCH);
    /** How far back and ahead of a release word its subject ("the final episode", "episodes 3 and 4") is sought. */
    private static final int REACH_BACK = 60;
    private static final int REACH_AHEAD = 40;

    private ReleaseTyping() {
    }

    /**
     * What a generic release word ("drops", "is set for") releases: a song when the sentence is about music, else
     * the finale or press event named in its clause ("the final episode airs", "a showcase is set for May 7"), else
     * a batch of episodes ("episodes 3 and 4 arrive"), else the show itself.
     */
    static ReleaseType of(final Sentence sentence, final CueHit hit, final boolean song) {
        if (song) {
            return ReleaseType.SOUNDTRACK;
        }
        final int[] clause = clause(sentence, hit);
        if (hitIn(sentence, clause, CueKind.FINALE, CueKind.FINAL_BATCH)
                || hitIn(sentence, clause, CueKind.FINALE_VERB, CueKind.FINALE_VERB)) {
            return ReleaseType.FINALE;
        }
        if (hitIn(sentence, clause, CueKind.PRESS, CueKind.PRESS)) {
            return ReleaseType.PRESS_CONFERENCE;
        }
        return batchIn(sentence, clause) ? ReleaseType.NEW_EPISODES : ReleaseType.PREMIERE;
    }

    /**
     * Where a release word's subject is sought: back to a colon, semicolon or dash (not a comma: "episodes 3 and 4,
     * which were released"), ahead to the next punctuation ("will be unveiled on TVING, with one new episode...").
     */
    private static int[] clause(final Sentence sentence, final CueHit hit) {
        final String text = sentence.text();
        final int earliest = Math.max(sentence.start(), hit.start() - REACH_BACK);
        int from = hit.start();
        while (from > earliest && !breaksClause(text, from - 1, false)) {
            from--;
        }
        final int latest = Math.min(sentence.end(), hit.end() + REACH_AHEAD);
        int to = hit.end();
        while (to < latest && !breaksClause(text, to, true)) {
            to++;
        }
        return new int[] {from, to};
    }

    /** An en dash between digits ("episodes 1–2") is a range, not a break. */
    private static boolean breaksClause(final String text, final int index, final boolean commaBreaks) {
        final char c = text.charAt(index);
        return c == ':' || c == ';' || c == '—' || c == ',' && commaBreaks
                || c == '–' && index > 0 && Character.isWhitespace(text.charAt(index - 1));
    }

    private static boolean batchIn(final Sentence sentence, final int[] clause) {
        if (!hitIn(sentence, clause, CueKind.EPISODES, CueKind.NEW_EPISODES)
                && !hitIn(sentence, clause, CueKind.BATCH, CueKind.BATCH)) {
            return false;
        }
        final Matcher batch = sentence.matchers().over(EPISODE_BATCH, clause[0], clause[1]);
        for (int at = clause[0]; MatchStarts.find(batch, sentence.lower(), at, clause[1], EPISODE_BATCH_START);
             at = batch.end()) {
            // "seven new episodes" is a whole season coming back, not a batch of one
            final boolean counted = batch.group().startsWith("new")
                    && Numbers.cardinal(TimeExpressions.wordBefore(sentence, batch.start())) != null;
            if (!counted) {
                return true;
            }
        }
        return false;
    }

    private static boolean hitIn(final Sentence sentence, final int[] clause, final CueKind one, final CueKind other) {
        for (final CueHit hit : sentence.hits()) {
            if ((hit.kind() == one || hit.kind() == other) && hit.start() >= clause[0] && hit.start() < clause[1]) {
                return true;
            }
        }
        return false;
    }
}
