package io.newsreel.app.bench;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.Credit;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invented entertainment-news articles about the shows and persons of a {@link SyntheticCatalog}, 2 to 4 KB each,
 * from the templates of {@link SyntheticProse}. Each article is about one show: it names its actors (under their
 * catalog name, in Western order, with the hyphen dropped or by an alias), puts characters next to actors, gives a
 * premiere date, a weekly schedule and an episode count, looks back at another show of the lead's, names the crew,
 * and pads the rest with prose that names nobody. An article depends only on the catalog, the seed and its number.
 */
public final class SyntheticArticles {

    private static final Instant EPOCH = Instant.parse("2024-03-01T00:00:00Z");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final int MIN_BYTES = 2_000;
    private static final int SPREAD_BYTES = 1_800;

    /**
     * One article and what it was written to name, for checking what the tagger finds.
     *
     * @param article the article
     * @param showIds catalog ids of the shows it names, its subject first
     * @param personIds catalog ids of the persons it names in full
     * @param characters the characters it names next to or after their actor
     */
    public record Planted(Article article, List<String> showIds, List<String> personIds, List<String> characters) {

        public Planted {
            showIds = List.copyOf(showIds);
            personIds = List.copyOf(personIds);
            characters = List.copyOf(characters);
        }

        /** Bytes of text the tagger reads: title and body, UTF-8. */
        public int textBytes() {
            return article.title().getBytes(StandardCharsets.UTF_8).length
                    + article.text().getBytes(StandardCharsets.UTF_8).length;
        }
    }

    private SyntheticArticles() {
    }

    public static List<Planted> generate(final SyntheticCatalog catalog, final long seed, final int count) {
        final List<Planted> articles = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            articles.add(article(catalog, seed, index));
        }
        return articles;
    }

    public static Planted article(final SyntheticCatalog catalog, final long seed, final int index) {
        final SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL);
        final Instant published = EPOCH.plus(Duration.ofMinutes(137L * index));
        final ShowEntry show = subject(random, catalog);
        final List<Credit> actors = new ArrayList<>(show.credits().stream().filter(c -> c.character() != null)
                .toList());
        shuffle(random, actors);
        final Map<String, String> values = new HashMap<>();
        final Map<String, String> personKeys = new HashMap<>();
        final Map<String, String> characterKeys = new HashMap<>();
        final Map<String, String> showKeys = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            final PersonEntry actor = catalog.person(actors.get(i).personId());
            final String key = "a" + (i + 1);
            values.put(key, written(random, actor));
            values.put(key + "family", actor.name().substring(0, actor.name().indexOf(' ')));
            values.put(key + "given", actor.name().substring(actor.name().indexOf(' ') + 1));
            values.put("c" + (i + 1), actors.get(i).character());
            personKeys.put(key, actor.id());
            characterKeys.put("c" + (i + 1), actors.get(i).character());
        }
        crew(random, catalog, show, values, personKeys);
        values.put("show", writtenTitle(random, show));
        showKeys.put("show", show.id());
        final PersonEntry lead = catalog.person(actors.get(0).personId());
        final ShowEntry other = lookBack(random, catalog, show, lead, values);
        showKeys.put("other", other.id());
        if (values.containsKey("otherchar")) {
            characterKeys.put("otherchar", values.get("otherchar"));
        }
        ShowEntry other2 = pick(random, catalog.shows());
        while (other2.id().equals(show.id()) || other2.id().equals(other.id())) {
            other2 = pick(random, catalog.shows());
        }
        values.put("other2", writtenTitle(random, other2));
        showKeys.put("other2", other2.id());
        final PersonEntry guest = pick(random, catalog.persons());
        values.put("guest", written(random, guest));
        personKeys.put("guest", guest.id());
        schedule(random, show, published, values);
        values.put("job", pick(random, SyntheticProse.JOBS));
        values.put("job2", pick(random, SyntheticProse.JOBS));
        values.put("place", pick(random, SyntheticProse.PLACES));
        values.put("ordinal", pick(random, SyntheticProse.ORDINALS));

        final ProseTemplate template = new ProseTemplate(values);
        final String title = template.fill(pick(random, SyntheticProse.TITLES));
        final String body = body(random, template, values.containsKey("s"), values.containsKey("otherchar"),
                MIN_BYTES + random.nextInt(SPREAD_BYTES) - title.length());
        final Article article = new Article("bench-" + index, 1, "https://bench.example/tag/" + index,
                "https://bench.example/feed.xml", title, "Bench Reporter", published, false, null, body, "en",
                published);
        return new Planted(article, template.used(showKeys), template.used(personKeys),
                template.used(characterKeys));
    }

    private static String body(final SplittableRandom random, final ProseTemplate template, final boolean singer,
                               final boolean leadHasOtherPart, final int targetBytes) {
        final List<String> paragraphs = new ArrayList<>();
        paragraphs.add(pick(random, SyntheticProse.SCHEDULES));
        paragraphs.add(pick(random, SyntheticProse.CAST) + " " + pick(random, SyntheticProse.SUPPORT));
        paragraphs.add(pick(random, leadHasOtherPart ? SyntheticProse.LOOKING_BACK
                : SyntheticProse.LOOKING_BACK_PLAIN));
        paragraphs.add(pick(random, SyntheticProse.CREW));
        paragraphs.add(pick(random, SyntheticProse.QUOTES));
        if (singer) {
            paragraphs.add(pick(random, SyntheticProse.SOUNDTRACKS));
        }
        if (random.nextBoolean()) {
            paragraphs.add(pick(random, SyntheticProse.GUESTS));
        }
        shuffle(random, paragraphs);
        paragraphs.add(0, pick(random, SyntheticProse.LEADS));
        final List<String> filled = new ArrayList<>(paragraphs.stream().map(template::fill).toList());
        final List<String> filler = new ArrayList<>(SyntheticProse.FILLER);
        int length = filled.stream().mapToInt(paragraph -> paragraph.length() + 2).sum();
        while (length < targetBytes && !filler.isEmpty()) {
            final StringBuilder paragraph = new StringBuilder();
            for (int sentences = 2 + random.nextInt(3); sentences > 0 && !filler.isEmpty(); sentences--) {
                paragraph.append(paragraph.isEmpty() ? "" : " ")
                        .append(template.fill(filler.remove(random.nextInt(filler.size()))));
            }
            filled.add(1 + random.nextInt(filled.size()), paragraph.toString());
            length += paragraph.length() + 2;
        }
        return String.join("\n\n", filled);
    }

    /** A show with at least three actors, to be the article's subject. */
    private static ShowEntry subject(final SplittableRandom random, final SyntheticCatalog catalog) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            final ShowEntry show = pick(random, catalog.shows());
            if (show.credits().stream().filter(credit -> credit.character() != null).count() >= 3) {
                return show;
            }
        }
        throw new IllegalStateException("the catalog has hardly any show with three actors");
    }

    private static void crew(final SplittableRandom random, final SyntheticCatalog catalog, final ShowEntry show,
                             final Map<String, String> values, final Map<String, String> personKeys) {
        for (final Credit credit : show.credits()) {
            final String key = switch (credit.role()) {
                case "director" -> "d";
                case "writer" -> "w";
                case "singer" -> "s";
                default -> null;
            };
            if (key != null && !values.containsKey(key)) {
                values.put(key, written(random, catalog.person(credit.personId())));
                personKeys.put(key, credit.personId());
            }
        }
    }

    /** Another show of the lead's, with the lead's part in it; any other show when the lead has none. */
    private static ShowEntry lookBack(final SplittableRandom random, final SyntheticCatalog catalog,
                                      final ShowEntry show, final PersonEntry lead, final Map<String, String> values) {
        final List<ShowEntry> theirs = catalog.showsOf(lead.id()).stream()
                .filter(candidate -> !candidate.id().equals(show.id())).toList();
        if (!theirs.isEmpty()) {
            final ShowEntry other = pick(random, theirs);
            other.credits().stream().filter(credit -> credit.personId().equals(lead.id())
                            && credit.character() != null).findFirst()
                    .ifPresent(credit -> values.put("otherchar", credit.character()));
            values.put("other", writtenTitle(random, other));
            return other;
        }
        ShowEntry other = pick(random, catalog.shows());
        while (other.id().equals(show.id())) {
            other = pick(random, catalog.shows());
        }
        values.put("other", writtenTitle(random, other));
        return other;
    }

    /** Premiere some days after publication, two episodes a week on the premiere's weekday, and the finale. */
    private static void schedule(final SplittableRandom random, final ShowEntry show, final Instant published,
                                 final Map<String, String> values) {
        final LocalDate premiere = LocalDate.ofInstant(published, ZoneOffset.UTC).plusDays(3 + random.nextInt(40));
        final int episodes = show.seasons().isEmpty() || show.seasons().get(0).episodes() == null ? 12
                : show.seasons().get(0).episodes();
        final int countIndex = SyntheticProse.COUNT_VALUES.indexOf(episodes);
        final LocalDate finale = premiere.plusWeeks(episodes / 2 - 1);
        values.put("date", DAY.format(premiere));
        values.put("weekday", premiere.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        values.put("finale", DAY.format(finale));
        values.put("finalemonth", finale.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        values.put("weeks", Integer.toString(episodes / 2));
        values.put("count", countIndex < 0 ? Integer.toString(episodes) : SyntheticProse.COUNTS.get(countIndex));
        values.put("platform", show.platform() != null ? show.platform()
                : show.network() != null ? show.network() : "Netflix");
    }

    /** A person as this article writes them: mostly the catalog name, else another spelling. */
    static String written(final SplittableRandom random, final PersonEntry person) {
        final String name = person.name();
        final int roll = random.nextInt(100);
        if (roll < 55) {
            return name;
        } else if (roll < 70) {
            return SyntheticNames.westernOrder(name);
        } else if (roll < 80) {
            return SyntheticNames.hyphenDropped(name, false);
        } else if (roll < 85) {
            return SyntheticNames.hyphenDropped(name, true);
        } else if (roll < 92) {
            return SyntheticNames.hyphenDropped(SyntheticNames.westernOrder(name), false);
        }
        return person.aliases().isEmpty() ? name : pick(random, person.aliases());
    }

    /** A show's title as an article writes it: quoted or not, now and then by an alias or with its Korean title. */
    static String writtenTitle(final SplittableRandom random, final ShowEntry show) {
        String title = show.title();
        if (!show.aliases().isEmpty() && random.nextInt(10) == 0) {
            final String alias = pick(random, show.aliases());
            if (Character.UnicodeScript.of(alias.charAt(0)) == Character.UnicodeScript.HANGUL) {
                return "'" + title + "' (" + alias + ")";
            }
            title = alias;
        }
        final int style = random.nextInt(10);
        if (style < 4) {
            return "'" + title + "'";
        }
        return style < 6 || title.indexOf(' ') < 0 ? "\"" + title + "\"" : title;
    }

    private static <T> void shuffle(final SplittableRandom random, final List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            final int j = random.nextInt(i + 1);
            list.set(i, list.set(j, list.get(i)));
        }
    }

    private static <T> T pick(final SplittableRandom random, final List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
