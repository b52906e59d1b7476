package io.newsreel.app.bench.pipeline;

import io.newsreel.app.bench.ProseTemplate;
import io.newsreel.app.bench.SyntheticCatalog;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.Credit;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic articles for {@code bench pipeline}, each about one show of a {@link SyntheticCatalog}: its premiere as
 * news outlets write it relative to the publication day ("premieres on the 6th", "starting December 6", "this
 * Friday", "tomorrow"), two of its actors in varied romanizations ("Keum Sae-rok", "Geum Sae-rok", "Sae-rok Keum")
 * with their characters, its director, another show named in passing, and filler prose up to about the body size
 * asked for. An article depends only on the catalog, the seed, the body size and its index, so every run of the
 * benchmark sends the same articles.
 */
final class PipelineArticles {

    /** Noon in Seoul and earlier on the day: Seoul's date (the tagger's release zone) is the UTC date. */
    private static final Instant FIRST_PUBLISHED = Instant.parse("2024-11-18T01:00:00Z");
    private static final int PUBLICATION_DAYS = 45;
    private static final int PUBLICATION_MINUTES = 720;
    private static final int MAX_DAYS_TO_PREMIERE = 27;

    /**
     * One article and what it was written about.
     *
     * @param article the article as ingest would publish it
     * @param showId the catalog show it is about: the timeline it must appear in
     * @param personIds catalog ids of the persons it names in full (two actors and the director)
     * @param premiere the premiere day its release sentence states
     */
    record Planted(Article article, String showId, List<String> personIds, LocalDate premiere) {

        Planted {
            personIds = List.copyOf(personIds);
        }
    }

    private final SyntheticCatalog catalog;
    private final long seed;
    private final int bodyBytes;
    /** Shows with two actors playing named characters and a director: what an article needs. */
    private final List<ShowEntry> subjects;

    PipelineArticles(final SyntheticCatalog catalog, final long seed, final int bodyBytes) {
        this.catalog = catalog;
        this.seed = seed;
        this.bodyBytes = bodyBytes;
        this.subjects = catalog.shows().stream().filter(show -> actors(show).size() >= 2 && director(show) != null)
                .toList();
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("the catalog has no show with two actors and a director");
        }
    }

    /** Article number {@code index}, with id {@code bench-pipeline-<index>}. */
    Planted article(final int index) {
        final SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
        final Instant published = FIRST_PUBLISHED.plus(Duration.ofDays(index % PUBLICATION_DAYS))
                .plus(Duration.ofMinutes((index * 37L) % PUBLICATION_MINUTES));
        final LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
        final LocalDate premiere = day.plusDays(1 + random.nextInt(MAX_DAYS_TO_PREMIERE));
        final ShowEntry show = subjects.get(random.nextInt(subjects.size()));
        final List<Credit> actors = new ArrayList<>(actors(show));
        final Credit first = actors.remove(random.nextInt(actors.size()));
        final Credit second = actors.get(random.nextInt(actors.size()));
        final PersonEntry lead = catalog.person(first.personId());
        final PersonEntry costar = catalog.person(second.personId());
        final PersonEntry director = catalog.person(director(show).personId());

        final Map<String, String> values = new HashMap<>();
        values.put("show", writtenTitle(random, show));
        values.put("other", writtenTitle(random, otherShow(random, show, lead)));
        values.put("a1", NameSpellings.written(random, lead.name()));
        values.put("a2", NameSpellings.written(random, costar.name()));
        values.put("c1", first.character());
        values.put("c2", second.character());
        values.put("d", NameSpellings.written(random, director.name()));
        values.put("release", releasePhrase(random, day, premiere));
        values.put("weekday", premiere.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        values.put("platform", show.platform() != null ? show.platform()
                : show.network() != null ? show.network() : "Netflix");
        values.put("episodes", Integer.toString(show.seasons().isEmpty() || show.seasons().get(0).episodes() == null
                ? 12 : show.seasons().get(0).episodes()));
        values.put("job", pick(random, PipelineProse.JOBS));
        values.put("job2", pick(random, PipelineProse.JOBS));

        final ProseTemplate template = new ProseTemplate(values);
        final String title = template.fill(pick(random, PipelineProse.TITLES));
        final String body = body(random, template);
        final Article article = new Article("bench-pipeline-" + index, 1, "https://bench.example/pipeline/" + index,
                "https://bench.example/pipeline.xml", title, "Bench Reporter", published, false, null, body, "en",
                published);
        return new Planted(article, show.id(), List.of(lead.id(), costar.id(), director.id()), premiere);
    }

    private String body(final SplittableRandom random, final ProseTemplate template) {
        final List<String> paragraphs = new ArrayList<>();
        paragraphs.add(template.fill(pick(random, PipelineProse.LEADS)));
        paragraphs.add(template.fill(pick(random, PipelineProse.CAST) + " " + pick(random, PipelineProse.QUOTES)));
        paragraphs.add(template.fill(pick(random, PipelineProse.SCHEDULES) + " " + pick(random, PipelineProse.CREW)));
        paragraphs.add(template.fill(pick(random, PipelineProse.LOOKING_BACK)));
        int length = paragraphs.stream().mapToInt(paragraph -> paragraph.length() + 2).sum() - 2;
        final List<String> filler = new ArrayList<>();
        while (length < bodyBytes) {
            final StringBuilder paragraph = new StringBuilder();
            for (int sentences = 2 + random.nextInt(3); sentences > 0; sentences--) {
                if (filler.isEmpty()) {
                    filler.addAll(PipelineProse.FILLER);
                }
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(filler.remove(random.nextInt(filler.size())));
            }
            // Anywhere after the opening paragraph, which stays the lead.
            paragraphs.add(1 + random.nextInt(paragraphs.size()), paragraph.toString());
            length += paragraph.length() + 2;
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * The premiere as written on the publication day: "tomorrow", "this Friday" (later in the same week), "on the
     * 6th" (later in the same month), "starting December 6" or "on December 6".
     */
    static String releasePhrase(final SplittableRandom random, final LocalDate published, final LocalDate premiere) {
        final long days = premiere.toEpochDay() - published.toEpochDay();
        final int roll = random.nextInt(100);
        if (days == 1 && roll < 50) {
            return "tomorrow";
        }
        if (days < 7 && premiere.getDayOfWeek().compareTo(published.getDayOfWeek()) > 0 && roll < 70) {
            return "this " + premiere.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        final String monthDay = premiere.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + premiere.getDayOfMonth();
        final int form = random.nextInt(3);
        // Outlets write "on the 6th" for a day later in the same month; across a month end they name the month.
        if (form == 0 && premiere.getMonth() == published.getMonth()) {
            return "on the " + ordinal(premiere.getDayOfMonth());
        }
        return form == 1 ? "starting " + monthDay : "on " + monthDay;
    }

    static String ordinal(final int day) {
        final String suffix = day % 100 >= 11 && day % 100 <= 13 ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix;
    }

    /** Another show of the lead's when there is one, else any other show. */
    private ShowEntry otherShow(final SplittableRandom random, final ShowEntry show, final PersonEntry lead) {
        final List<ShowEntry> theirs = catalog.showsOf(lead.id()).stream()
                .filter(candidate -> !candidate.id().equals(show.id())).toList();
        if (!theirs.isEmpty()) {
            return pick(random, theirs);
        }
        ShowEntry other = pick(random, catalog.shows());
        for (int attempt = 0; other.id().equals(show.id()) && attempt < 10; attempt++) {
            other = pick(random, catalog.shows());
        }
        return other;
    }

    private static String writtenTitle(final SplittableRandom random, final ShowEntry show) {
        final int style = random.nextInt(10);
        if (style < 4) {
            return "'" + show.title() + "'";
        }
        return style < 6 || show.title().indexOf(' ') < 0 ? "\"" + show.title() + "\"" : show.title();
    }

    private static List<Credit> actors(final ShowEntry show) {
        return show.credits().stream().filter(credit -> "actor".equals(credit.role()) && credit.character() != null)
                .toList();
    }

    private static Credit director(final ShowEntry show) {
        return show.credits().stream().filter(credit -> "director".equals(credit.role())).findFirst().orElse(null);
    }

    private static <T> T pick(final SplittableRandom random, final List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
