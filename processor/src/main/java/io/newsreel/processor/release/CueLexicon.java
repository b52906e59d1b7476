package io.newsreel.processor.release;

import static io.newsreel.processor.release.CueKind.ANNOUNCEMENT;
import static io.newsreel.processor.release.CueKind.AVAILABILITY;
import static io.newsreel.processor.release.CueKind.CADENCE;
import static io.newsreel.processor.release.CueKind.CASTING;
import static io.newsreel.processor.release.CueKind.EPISODES;
import static io.newsreel.processor.release.CueKind.FINALE;
import static io.newsreel.processor.release.CueKind.FINALE_VERB;
import static io.newsreel.processor.release.CueKind.NEW_EPISODES;
import static io.newsreel.processor.release.CueKind.PREMIERE;
import static io.newsreel.processor.release.CueKind.PRESS;
import static io.newsreel.processor.release.CueKind.RELEASE;
import static io.newsreel.processor.release.CueKind.SONG;
import static io.newsreel.processor.release.CueKind.SOUNDTRACK;
import static io.newsreel.processor.release.Tense.FUTURE;
import static io.newsreel.processor.release.Tense.PAST;
import static io.newsreel.processor.release.Tense.UNKNOWN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word the extractor looks for, in one place: trigger words by fact type, the words that announce counts and
 * cadences, and the names of dates and platforms. All are found in a single pass by the {@link CueScanner}.
 */
final class CueLexicon {

    /** Platforms and networks by display name, each with the lower-case ways articles write it. */
    static final Map<String, List<String>> PLATFORMS = Map.ofEntries(
            Map.entry("Netflix", List.of("netflix")),
            Map.entry("Disney+", List.of("disney+", "disney plus")),
            Map.entry("TVING", List.of("tving")),
            Map.entry("Wavve", List.of("wavve")),
            Map.entry("Coupang Play", List.of("coupang play")),
            Map.entry("Apple TV+", List.of("apple tv+", "apple tv plus")),
            Map.entry("Prime Video", List.of("prime video", "amazon prime video")),
            Map.entry("Viki", List.of("viki", "rakuten viki")),
            Map.entry("tvN", List.of("tvn")),
            Map.entry("JTBC", List.of("jtbc")),
            Map.entry("SBS", List.of("sbs")),
            Map.entry("KBS", List.of("kbs", "kbs2", "kbs 2tv")),
            Map.entry("MBC", List.of("mbc")),
            Map.entry("ENA", List.of("ena")),
            Map.entry("Hulu", List.of("hulu")),
            Map.entry("Max", List.of("max", "hbo max")));

    /** Platform names that are also ordinary words, recognized only as written. */
    private static final Map<String, String> EXACT_CASE = Map.of("ena", "ENA", "max", "Max");

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};

    static final Map<String, Cue> CUES = build();

    private CueLexicon() {
    }

    private static Map<String, Cue> build() {
        final Map<String, Cue> cues = new HashMap<>();
        add(cues, PREMIERE, FUTURE, "premieres", "will premiere", "to premiere");
        add(cues, PREMIERE, PAST, "premiered");
        add(cues, PREMIERE, UNKNOWN, "premiere", "premiering");
        add(cues, RELEASE, FUTURE, "releases", "drops", "arrives", "launches", "debuts", "airs", "returns", "hits",
                "follows", "lands", "unveils", "comes out", "rolls out", "begins", "kicks off", "set for",
                "slated for", "scheduled for", "opens", "will open", "comes back", "is back", "is due", "are due");
        add(cues, RELEASE, PAST, "released", "dropped", "arrived", "launched", "debuted", "aired", "returned",
                "landed", "followed", "unveiled", "came out", "rolled out", "began", "kicked off", "opened",
                "came back");
        add(cues, RELEASE, UNKNOWN, "release", "arrive", "launch", "air", "follow", "unveil", "roll out",
                "releasing", "dropping", "arriving", "launching", "debuting", "airing", "returning", "following",
                "rolling out", "is out", "are out", "land", "open", "come back");
        // As nouns these are rarely a release: "his acting debut", "a return to form", "a drop in ratings".
        final List<String> determiners = List.of("a ", "an ", "the ", "his ", "her ", "their ", "its ", "acting ",
                "directorial ", "directing ", "screen ", "solo ", "film ");
        for (final String noun : List.of("debut", "return", "drop")) {
            cues.put(noun, Cue.of(noun, RELEASE, UNKNOWN).unless(List.of(), determiners));
        }
        add(cues, AVAILABILITY, FUTURE, "streams");
        add(cues, AVAILABILITY, PAST, "streamed");
        add(cues, AVAILABILITY, UNKNOWN, "stream", "streaming", "available");
        for (final String now : List.of("now streaming", "streaming now", "now available", "available now",
                "out now", "is out today", "out today")) {
            cues.put(now, Cue.of(now, AVAILABILITY, PAST).today());
        }
        cues.put("now on", Cue.of("now on", AVAILABILITY, PAST).today().unless(List.of(), List.of("from ")));
        add(cues, NEW_EPISODES, UNKNOWN, "new episode", "new episodes");
        add(cues, FINALE, UNKNOWN, "finale", "final episode", "final episodes", "last episode", "last episodes",
                "final two episodes", "last two episodes", "final three episodes", "last three episodes",
                "final four episodes");
        add(cues, FINALE_VERB, FUTURE, "concludes", "wraps up", "set to end", "will end", "comes to an end",
                "closes", "signs off", "says goodbye", "bids farewell", "bows out");
        add(cues, FINALE_VERB, PAST, "concluded", "wrapped up", "came to an end", "closed", "signed off",
                "said goodbye", "bid farewell", "bade farewell", "bowed out");
        add(cues, FINALE_VERB, UNKNOWN, "conclude", "wrap up");
        cues.put("ends", Cue.of("ends", FINALE_VERB, FUTURE).unless(List.of(" up"), List.of()));
        cues.put("ended", Cue.of("ended", FINALE_VERB, PAST).unless(List.of(" up"), List.of()));
        add(cues, ANNOUNCEMENT, PAST, "confirmed", "announced", "renewed", "greenlit", "green-lit");
        add(cues, ANNOUNCEMENT, UNKNOWN, "confirms", "announces", "announcement", "renews", "renewal",
                "green light");
        add(cues, CASTING, FUTURE, "to star", "will star", "set to star");
        add(cues, CASTING, PAST, "has been cast", "was cast", "were cast", "joined the cast");
        add(cues, CASTING, UNKNOWN, "cast as", "cast in", "joins the cast", "join the cast", "joining the cast",
                "casting", "cast opposite");
        // "has not announced a second season" announces nothing.
        final List<String> negations = List.of("not ", "n't ", "never ", "yet to be ", "not yet ", "no ");
        cues.replaceAll((phrase, cue) -> cue.kind() == ANNOUNCEMENT || cue.kind() == CASTING
                ? cue.unless(cue.notFollowedBy(), negations) : cue);
        add(cues, PRESS, UNKNOWN, "press conference", "showcase", "press event", "press call", "press junket",
                "production presentation");
        add(cues, SOUNDTRACK, UNKNOWN, "ost", "osts", "original soundtrack");
        // "Soundtrack #2", "the first Soundtrack" are a show, not its music: the music is written in lower case.
        cues.put("soundtrack", Cue.of("soundtrack", SOUNDTRACK, UNKNOWN).exactly("soundtrack")
                .unless(List.of(" #", "#", " no.", " no ", " 1", " 2", " 3", " anthology"), List.of()));
        // "single" alone is too often "a single episode" or "every single week": only the music industry's phrases.
        add(cues, SONG, UNKNOWN, "song", "songs", "digital single", "ballad", "album", "first single", "new single",
                "lead single", "latest single", "second single", "debut single", "title single");
        add(cues, EPISODES, UNKNOWN, "episode", "episodes", "part");
        add(cues, CueKind.BATCH, UNKNOWN, "remaining", "last", "next", "latest", "further", "another", "second",
                "third");
        finalBatches(cues);
        cues.put("named", Cue.of("named", CueKind.CASTING_VERB, PAST).unless(
                List.of(" after", " best", " one of", " among", " the best", " the most"), List.of()));
        add(cues, CueKind.ROLE, UNKNOWN, "lead", "leads", "leading", "headline", "headlines", "star", "stars",
                "role", "roles", "cast", "lineup", "line-up", "opposite");
        add(cues, CADENCE, UNKNOWN, "every", "each", "weekly", "a week", "per week");
        add(cues, CueKind.TENSE, FUTURE, "will", "set to", "slated", "scheduled", "upcoming", "expected to",
                "going to", "due to", "is to", "are to", "coming soon");
        add(cues, CueKind.TENSE, PAST, "was", "were", "has been", "have been", "had", "ago", "previously");
        add(cues, CueKind.SEASON, UNKNOWN, "season");
        add(cues, CueKind.RELATIVE_DAY, UNKNOWN, "today", "tonight", "tomorrow", "yesterday", "week", "weekend",
                "month", "christmas", "new year's", "new year’s");
        add(cues, CueKind.SEASON_OF_YEAR, UNKNOWN, "spring", "summer", "fall", "autumn", "winter");
        add(cues, CueKind.YEAR, UNKNOWN, "year");
        names(cues);
        return Map.copyOf(cues);
    }

    /** "the final two", "the last 3", "the remaining four": the season's last batch. */
    private static void finalBatches(final Map<String, Cue> cues) {
        final List<String> counts = new ArrayList<>(List.of("two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten", "eleven", "twelve"));
        for (int n = 2; n <= 12; n++) {
            counts.add(String.valueOf(n));
        }
        for (final String which : List.of("final", "last", "remaining")) {
            counts.forEach(count -> add(cues, CueKind.FINAL_BATCH, UNKNOWN, which + " " + count));
        }
        add(cues, CueKind.FINAL_BATCH, UNKNOWN, "final part", "final act", "final batch", "final chapter",
                "final installment", "remaining episodes");
    }

    private static void names(final Map<String, Cue> cues) {
        PLATFORMS.forEach((name, spellings) -> spellings.forEach(spelling -> {
            final Cue cue = Cue.valued(spelling, CueKind.PLATFORM, name);
            cues.put(spelling, EXACT_CASE.containsKey(spelling) ? cue.exactly(EXACT_CASE.get(spelling)) : cue);
        }));
        for (int i = 0; i < MONTHS.length; i++) {
            final String month = MONTHS[i];
            final Cue cue = Cue.valued(month, CueKind.MONTH, String.valueOf(i + 1));
            // "may" and "march" are also verbs; as months they are capitalized.
            cues.put(month, "may".equals(month) || "march".equals(month)
                    ? cue.exactly(Character.toUpperCase(month.charAt(0)) + month.substring(1)) : cue);
            if (month.length() > 4) {
                cues.put(month.substring(0, 3), Cue.valued(month.substring(0, 3), CueKind.MONTH,
                        String.valueOf(i + 1)));
            }
        }
        cues.put("sept", Cue.valued("sept", CueKind.MONTH, "9"));
        cues.put("jun", Cue.valued("jun", CueKind.MONTH, "6"));
        cues.put("jul", Cue.valued("jul", CueKind.MONTH, "7"));
        for (int i = 0; i < WEEKDAYS.length; i++) {
            cues.put(WEEKDAYS[i], Cue.valued(WEEKDAYS[i], CueKind.WEEKDAY, String.valueOf(i + 1)));
            cues.put(WEEKDAYS[i] + "s", Cue.valued(WEEKDAYS[i] + "s", CADENCE, String.valueOf(i + 1)));
        }
    }

    private static void add(final Map<String, Cue> cues, final CueKind kind, final Tense tense,
                            final String... phrases) {
        for (final String phrase : phrases) {
            if (cues.put(phrase, Cue.of(phrase, kind, tense)) != null) {
                throw new IllegalStateException("Phrase listed twice: " + phrase);
            }
        }
    }
}
