package io.newsreel.app.crash;

import io.newsreel.ingest.normalize.ArticleIds;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The known set of articles a crash test sends through the pipeline. Each is about one show of the shipped catalog,
 * names two of its actors and nothing else the tagger knows; every tenth article of a show reports a press
 * conference in its lead, four articles to a conference, each conference of a show on a day of its own. The rest of
 * the text is seeded word salad without dates, numbers or capitalized names, so that the tagger finds exactly what
 * was planted and no two articles look like copies of each other. {@link CrashArticlesTest} holds the tagger to it.
 */
final class CrashArticles {

    /** Shows of the shipped catalog with two of their actors. */
    static final List<Subject> SUBJECTS = List.of(
            new Subject("gyeongseong-creature", "Gyeongseong Creature", "Netflix", "Park Seo-joon", "Han So-hee"),
            new Subject("queen-of-tears", "Queen of Tears", "Netflix", "Kim Soo-hyun", "Kim Ji-won"),
            new Subject("squid-game", "Squid Game", "Netflix", "Lee Jung-jae", "Lee Byung-hun"),
            new Subject("soundtrack-2", "Soundtrack #2", "Disney+", "Keum Sae-rok", "Noh Sang-hyun"),
            new Subject("moving", "Moving", "Disney+", "Ryu Seung-ryong", "Han Hyo-joo"));
    /** The catalog ids of {@link #SUBJECTS}: the shows whose timelines the articles reach. */
    static final List<String> SHOWS = SUBJECTS.stream().map(Subject::showId).toList();

    /** When the first article was published; the others follow an hour apart. */
    private static final Instant FIRST_PUBLISHED = Instant.parse("2024-01-02T03:00:00Z");
    /**
     * An article an hour, so about five a day per show: a show's index of recent stories, which the processor
     * rewrites for each of its articles, stays as small as a busy show's would.
     */
    private static final Duration SPACING = Duration.ofHours(1);
    private static final int RELEASE_EVERY = 10;
    private static final int REPORTS_PER_CONFERENCE = 4;
    /** A conference's four reports are published within seven days of the first: the conference is after all. */
    private static final int DAYS_AHEAD = 10;

    private static final List<String> ADJECTIVES = List.of("quiet", "bright", "dusty", "narrow", "crowded", "gentle",
            "stubborn", "patient", "noisy", "careful", "hidden", "tidy", "restless", "sleepy", "curious", "clumsy",
            "steady", "modest", "fragile", "cheerful", "weathered", "polished", "tangled", "sturdy");
    private static final List<String> NOUNS = List.of("ladder", "lantern", "costume", "camera", "script", "umbrella",
            "kettle", "bicycle", "notebook", "curtain", "monitor", "microphone", "staircase", "window", "doorway",
            "courtyard", "rooftop", "alley", "market", "garden", "workshop", "corridor", "canteen", "trolley");
    private static final List<String> VERBS = List.of("rearranged", "repainted", "carried", "borrowed", "polished",
            "measured", "sketched", "rehearsed around", "argued about", "laughed at", "waited beside", "cleaned",
            "photographed", "mended", "guarded", "admired", "ignored", "circled", "tested", "adjusted");
    private static final List<String> PEOPLE = List.of("the crew", "the props team", "a runner", "the lighting team",
            "the caterers", "an assistant", "the sound team", "a stand-in", "the drivers", "the writers' room");
    private static final List<String> HEADLINES = List.of("notes from a %s %s", "a %s %s behind the scenes",
            "what the %s %s tells us", "inside the %s %s", "the %s %s nobody mentions");

    private CrashArticles() {
    }

    /**
     * A show of the catalog and two actors it credits.
     *
     * @param showId catalog id
     * @param title the show's title as written
     * @param platform where it streams
     * @param actor one actor, as the catalog spells the name
     * @param costar another actor
     */
    record Subject(String showId, String title, String platform, String actor, String costar) {
    }

    /**
     * One article of the set.
     *
     * @param name what the test calls it, e.g. {@code crash-00042}
     * @param url its link and GUID
     * @param id the article id ingest gives it: derived from the GUID
     * @param feed which of the feeds lists it
     * @param showId the show whose timeline it must reach
     * @param published its publication time
     * @param title its headline
     * @param text its body, over 500 characters so that ingest never fetches a page for it
     * @param conference the press conference day its lead reports, or null
     */
    record Planted(String name, String url, String id, int feed, String showId, Instant published, String title,
                   String text, LocalDate conference) {
    }

    /** {@code count} articles spread over {@code feeds} feeds; the same seed gives the same articles. */
    static List<Planted> generate(final int count, final int feeds, final long seed) {
        final List<Planted> articles = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            articles.add(article(index, feeds, new SplittableRandom(seed * 31 + index)));
        }
        return List.copyOf(articles);
    }

    private static Planted article(final int index, final int feeds, final SplittableRandom random) {
        final Subject subject = SUBJECTS.get(index % SUBJECTS.size());
        final int ofShow = index / SUBJECTS.size();
        final Instant published = FIRST_PUBLISHED.plus(SPACING.multipliedBy(index));
        final boolean reports = ofShow % RELEASE_EVERY == RELEASE_EVERY - 1;
        final LocalDate conference = reports ? conferenceDay(index) : null;
        final String headline = HEADLINES.get(random.nextInt(HEADLINES.size()))
                .formatted(pick(random, ADJECTIVES), pick(random, NOUNS));
        final String title = conference == null ? subject.title() + ": " + headline
                : subject.title() + " press conference set for " + monthDay(conference);
        final String lead = conference == null
                ? subject.actor() + " and " + subject.costar() + " of " + subject.title()
                        + " spoke with the crash desk about the " + subject.platform() + " series."
                : "The cast of " + subject.title() + " gathers for a press conference on " + monthDay(conference)
                        + ". " + subject.actor() + " and " + subject.costar() + " will answer questions about the "
                        + subject.platform() + " series.";
        final StringBuilder text = new StringBuilder(lead);
        while (text.length() < 700) {
            text.append(text.length() % 3 == 0 ? "\n\n" : " ").append(sentence(random));
        }
        final String name = "crash-%05d".formatted(index);
        final String url = "https://crash.example/articles/" + name;
        return new Planted(name, url, ArticleIds.idFor(null, url, url, title, published), index % feeds,
                subject.showId(), published, title, text.toString(), conference);
    }

    /**
     * The conference day of a reporting article: reports are grouped four to a conference in publication order, and
     * a conference is {@value #DAYS_AHEAD} days after its first report's day, so each of a show's is on a day of its
     * own.
     */
    private static LocalDate conferenceDay(final int index) {
        final int report = index / SUBJECTS.size() / RELEASE_EVERY;
        final int firstReport = report - report % REPORTS_PER_CONFERENCE;
        final int firstIndex = (firstReport * RELEASE_EVERY + RELEASE_EVERY - 1) * SUBJECTS.size()
                + index % SUBJECTS.size();
        return LocalDate.ofInstant(FIRST_PUBLISHED.plus(SPACING.multipliedBy(firstIndex)), ZoneOffset.UTC)
                .plusDays(DAYS_AHEAD);
    }

    private static String monthDay(final LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
    }

    private static String sentence(final SplittableRandom random) {
        final String subject = pick(random, PEOPLE);
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + pick(random, VERBS) + " the "
                + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " near the " + pick(random, ADJECTIVES) + " "
                + pick(random, NOUNS) + ".";
    }

    private static String pick(final SplittableRandom random, final List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
