package io.newsreel.processor.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts around a cadence: how many episodes each release day ("two more every Wednesday", "four episodes at
 * a time") and how many on the first day ("four of the eight episodes on day one, then ..."). The words just before
 * the days are read by walking back a few words, which costs far less than a pattern with an optional lead tried at
 * every position; the other counts are sought only around "episodes" and release words.
 */
final class CadenceCounts {

    private static final Set<String> VERBS = Set.of("will", "be", "to", "drop", "drops", "dropping", "air", "airs",
            "airing", "arrive", "arrives", "arriving", "release", "releases", "released", "releasing", "stream",
            "streams", "streaming", "land", "lands", "landing", "follow", "follows", "following", "premiere",
            "premieres", "debut", "debuts", "come", "comes", "coming", "out", "go", "goes", "live", "roll", "rolls",
            "rolling", "are", "is", "on");
    private static final Set<String> EPISODE_WORDS = Set.of("episode", "episodes", "more");
    private static final Set<String> QUALIFIERS = Set.of("new", "more");
    private static final Set<String> PAIRS = Set.of("pair", "couple");
    private static final int LEAD_WORDS = 8;
    private static final int MAX_AT_A_TIME = 10;
    private static final int MAX_OPENING = 20;
    private static final String CARD = "(" + Numbers.CARDINAL + ")";
    private static final Pattern AT_A_TIME = Pattern.compile("\\b" + CARD + "\\s+(?:new\\s+)?episodes\\s+at\\s+a"
            + "\\s+time\\b");
    /** "four of the eight episodes", "its first seven episodes", "with two episodes", "episodes 1 through 7". */
    private static final Pattern OPENING = Pattern.compile("\\b" + CARD + "\\s+of\\s+the\\s+(?:" + Numbers.CARDINAL
            + "\\s+)?episodes\\b|\\b(?:first|opening)\\s+" + CARD + "\\s+episodes\\b|\\bwith\\s+(?:its\\s+)?"
            + CARD + "\\s+episodes\\b|\\bepisodes\\s+1\\s*(?:through|to|-|–)\\s*(\\d{1,2})\\b");
    /** "three arrive on", "two episodes premiere on". */
    private static final Pattern OPENING_VERB = Pattern.compile("\\b" + CARD + "\\s+(?:episodes\\s+)?(?:arrive"
            + "|drop|land|premiere|debut)s?\\s+on\\b");

    private CadenceCounts() {
    }

    /**
     * What precedes the days: "two new episodes will drop", "one more", "new episodes". Reads words backward from
     * {@code position}: verbs first, then "episodes" (or "more"), then "new" or "more", then the count.
     */
    static Lead lead(final Sentence sentence, final int position) {
        final List<int[]> words = wordsBefore(sentence, position);
        final String lower = sentence.lower();
        int i = 0;
        int start = position;
        boolean verb = false;
        while (i < words.size() && VERBS.contains(word(lower, words.get(i)))) {
            verb = true;
            start = words.get(i++)[0];
        }
        if (i < words.size() && Numbers.cardinal(word(lower, words.get(i))) != null) {
            // "then one a week", "two every Wednesday"
            final Integer count = Numbers.cardinal(word(lower, words.get(i)));
            return new Lead(words.get(i)[0], limit(count, CadenceReader.MAX_PER_DROP), false, verb);
        }
        if (i >= words.size() || !EPISODE_WORDS.contains(word(lower, words.get(i)))) {
            return new Lead(verb ? start : position, null, false, verb);
        }
        start = words.get(i++)[0];
        // "two new episodes", "one more episode"
        while (i < words.size() && QUALIFIERS.contains(word(lower, words.get(i)))) {
            start = words.get(i++)[0];
        }
        Integer count = null;
        if (i < words.size() && Numbers.cardinal(word(lower, words.get(i))) != null) {
            count = Numbers.cardinal(word(lower, words.get(i)));
            start = words.get(i)[0];
        } else if (i + 2 < words.size() && "of".equals(word(lower, words.get(i)))
                && PAIRS.contains(word(lower, words.get(i + 1)))) {
            count = 2;
            start = words.get(i + 2)[0];
        }
        return new Lead(start, limit(count, CadenceReader.MAX_PER_DROP), true, verb);
    }

    /** Up to {@link #LEAD_WORDS} words before {@code position}, nearest first, as {start, end} offsets. */
    private static List<int[]> wordsBefore(final Sentence sentence, final int position) {
        final String lower = sentence.lower();
        final List<int[]> words = new ArrayList<>(LEAD_WORDS);
        int end = position;
        while (words.size() < LEAD_WORDS) {
            while (end > sentence.start() && lower.charAt(end - 1) == ' ') {
                end--;
            }
            int begin = end;
            while (begin > sentence.start() && Character.isLetterOrDigit(lower.charAt(begin - 1))) {
                begin--;
            }
            if (begin == end) {
                return words;
            }
            words.add(new int[] {begin, end});
            end = begin;
        }
        return words;
    }

    private static String word(final String lower, final int[] span) {
        return lower.substring(span[0], span[1]);
    }

    /**
     * What stands before a cadence's days.
     *
     * @param start offset of its first word, or the days' own offset when nothing leads
     * @param count episodes per release day, or null
     * @param episodes whether it names episodes ("new episodes", "two more")
     * @param verb whether it holds a release verb ("drop", "will follow")
     */
    record Lead(int start, Integer count, boolean episodes, boolean verb) {
    }

    /** "four episodes at a time" anywhere in the sentence gives the count per release day. */
    static Integer atATime(final Sentence sentence) {
        final Integer[] count = {null};
        Near.cues(sentence, CueKind.EPISODES, AT_A_TIME, 14, 14, m -> count[0] = count[0] != null ? count[0]
                : limit(Numbers.cardinal(m.group(1)), MAX_AT_A_TIME));
        return count[0];
    }

    /**
     * The first day's batch, stated before the cadence: "four of the eight episodes on day one, then ...", "three
     * arrive on Dec. 21, then ...". Sought around "episodes" and release words only.
     */
    static Integer opening(final Sentence sentence, final int cadenceStart) {
        final Integer[] count = {null};
        final Consumer<Matcher> take = m -> {
            if (count[0] == null && m.end() <= cadenceStart) {
                count[0] = limit(Numbers.cardinal(firstGroup(m)), MAX_OPENING);
            }
        };
        if (saysEpisodesBefore(sentence, cadenceStart)) {
            Near.cuesBefore(sentence, CueKind.EPISODES, OPENING, 40, 16, cadenceStart, take);
        }
        Near.cuesBefore(sentence, CueKind.RELEASE, OPENING_VERB, 16, 4, cadenceStart, take);
        Near.cuesBefore(sentence, CueKind.PREMIERE, OPENING_VERB, 16, 4, cadenceStart, take);
        return count[0];
    }

    /**
     * Whether the word "episodes" comes before {@code position}, as it does in every {@link #OPENING} match that ends
     * there: "episode" of "the eight-episode series" opens windows that hold none.
     */
    private static boolean saysEpisodesBefore(final Sentence sentence, final int position) {
        for (final CueHit hit : sentence.hits()) {
            if (hit.start() < position && hit.kind() == CueKind.EPISODES && "episodes".equals(hit.cue().phrase())) {
                return true;
            }
        }
        return false;
    }

    private static String firstGroup(final Matcher m) {
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        return "";
    }

    private static Integer limit(final Integer count, final int max) {
        return count == null || count < 1 || count > max ? null : count;
    }

}
