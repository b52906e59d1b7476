package io.newsreel.processor.discover;

import io.newsreel.processor.trie.Alternation;
import io.newsreel.processor.trie.MatchStarts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds shows by how articles name them: a quoted title in a sentence about series, dramas, seasons, episodes or
 * premieres, and "Title Season 2".
 */
public final class ShowDiscovery {

    private static final SeasonGate SEASON_GATE = new SeasonGate();
    private static final GatedPattern SEASON = GatedPattern.around(Pattern.compile(
            "(?<title>(?:[A-Z0-9][\\w'!?:&#.-]*\\s){1," + SeasonGate.MAX_TITLE_WORDS
                    + "}?)(?i:season|series|part) (?<number>\\d{1,2})\\b"),
            SEASON_GATE, SEASON_GATE);
    private static final Pattern SHOW_WORDS = Pattern.compile("(?i)\\b" + Alternation.of(List.of("series", "drama",
            "k-drama", "season", "episode", "episodes", "premiere", "premieres", "premiered", "show", "sitcom",
            "miniseries", "thriller", "romance", "comedy", "streaming", "stream")) + "\\b");
    private static final MatchStarts.Opening SHOW_WORD_START = MatchStarts.wordStartOf(SHOW_WORDS);
    /** Words that start a sentence before a title rather than belong to it. */
    private static final Pattern LEADING_WORD = Pattern.compile(
            "^(?:(?:In|On|At|After|Before|When|While|With|For|From|As|And|But|Watch|Stream) )+");
    private static final double QUOTED_CONFIDENCE = 0.75;
    private static final double SEASON_CONFIDENCE = 0.7;

    private ShowDiscovery() {
    }

    public static List<DiscoveredShow> find(final String text) {
        final List<DiscoveredShow> found = new ArrayList<>();
        QuotedTitles.forEach(text, quoted -> {
            if (inSentenceAboutShows(text, quoted.start(), quoted.end())) {
                // The title starts with a letter or digit, so only its end can carry spaces to leave out of the span.
                final String title = text.substring(quoted.titleStart(), quoted.titleEnd()).strip();
                found.add(new DiscoveredShow(title, null, quoted.titleStart(), quoted.titleStart() + title.length(),
                        QUOTED_CONFIDENCE, "quoted-title"));
            }
        });
        SEASON.forEachMatch(text, seasons -> {
            final String written = seasons.group("title");
            final Matcher leading = LEADING_WORD.matcher(written);
            final int skipped = leading.find() ? leading.end() : 0;
            final String title = written.substring(skipped).strip();
            if (!title.isEmpty()) {
                final int start = seasons.start("title") + skipped;
                found.add(new DiscoveredShow(title, Integer.valueOf(seasons.group("number")), start,
                        start + title.length(), SEASON_CONFIDENCE, "title-season"));
            }
        });
        return found;
    }

    /** Whether the sentence holding {@code [start, end)} has a word of {@link #SHOW_WORDS}. */
    private static boolean inSentenceAboutShows(final String text, final int start, final int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        // Tried only where a word starts: the sentence is searched for every quoted title in it.
        return MatchStarts.find(SHOW_WORDS.matcher(text).useTransparentBounds(true), text, from, to,
                SHOW_WORD_START);
    }
}
