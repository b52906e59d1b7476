package io.newsreel.app.bench;

import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.Credit;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.Season;
import io.newsreel.contract.event.ShowEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded catalog of invented shows and persons for {@code bench tag}, the size of a real one: persons with
 * romanized Korean names (some with their name in Western order, another romanization or an English given name as
 * aliases, and some sharing their name with someone else), and shows with titles, Korean-title aliases, a season and
 * credits that link actors (with their characters), directors, writers and singers to them. Popular actors are
 * credited in many shows, most persons in few. The same seed and sizes give the same catalog.
 */
public final class SyntheticCatalog {

    /** Share of persons who take a name someone in the catalog already has. */
    private static final double SHARED_NAME_RATIO = 0.04;
    private static final List<String> PLATFORMS = List.of(
            "Netflix", "Disney+", "TVING", "Wavve", "Coupang Play", "Prime Video", "Viki");
    private static final List<String> NETWORKS = List.of("tvN", "JTBC", "SBS", "KBS2", "MBC", "ENA");

    private final List<ShowEntry> shows;
    private final List<PersonEntry> persons;
    private final Map<String, PersonEntry> personsById = new HashMap<>();
    private final Map<String, List<ShowEntry>> showsByPerson = new HashMap<>();
    private final int sharedNamePersons;

    private SyntheticCatalog(final List<ShowEntry> shows, final List<PersonEntry> persons,
                             final int sharedNamePersons) {
        this.shows = List.copyOf(shows);
        this.persons = List.copyOf(persons);
        this.sharedNamePersons = sharedNamePersons;
        persons.forEach(person -> personsById.put(person.id(), person));
        for (final ShowEntry show : shows) {
            show.credits().stream().map(Credit::personId).distinct().forEach(id ->
                    showsByPerson.computeIfAbsent(id, key -> new ArrayList<>()).add(show));
        }
    }

    public static SyntheticCatalog generate(final long seed, final int showCount, final int personCount) {
        if (showCount < 1 || personCount < 20) {
            throw new IllegalArgumentException("need at least 1 show and 20 persons, were " + showCount + " and "
                    + personCount);
        }
        final SplittableRandom random = new SplittableRandom(seed);
        final Map<String, Integer> nameCounts = new HashMap<>();
        final List<PersonEntry> persons = new ArrayList<>(personCount);
        final Map<String, List<PersonEntry>> byRole = new LinkedHashMap<>();
        for (int i = 0; i < personCount; i++) {
            final PersonEntry person = person(random, nameCounts);
            persons.add(person);
            person.roles().forEach(role -> byRole.computeIfAbsent(role, key -> new ArrayList<>()).add(person));
        }
        // A tiny catalog may lack a role: anyone can then take it.
        List.of("actor", "director", "writer", "singer").forEach(role -> byRole.putIfAbsent(role, persons));
        final int shared = nameCounts.values().stream().filter(count -> count > 1).mapToInt(Integer::intValue).sum();
        final List<ShowEntry> shows = new ArrayList<>(showCount);
        final Set<String> titles = new HashSet<>();
        for (int i = 0; i < showCount; i++) {
            shows.add(show(random, shows, titles, byRole));
        }
        return new SyntheticCatalog(shows, persons, shared);
    }

    private static PersonEntry person(final SplittableRandom random, final Map<String, Integer> nameCounts) {
        String name = SyntheticNames.koreanName(random);
        // Redraw a name already taken, but let a few persons share one, as real people do.
        for (int attempt = 0; attempt < 50 && nameCounts.containsKey(name)
                && random.nextDouble() >= SHARED_NAME_RATIO; attempt++) {
            name = SyntheticNames.koreanName(random);
        }
        final int sameName = nameCounts.merge(name, 1, Integer::sum);
        final String id = NewsText.slug(name) + (sameName > 1 ? "-" + sameName : "");
        final int roll = random.nextInt(100);
        final List<String> roles = roll < 78 ? List.of("actor") : roll < 86 ? List.of("director")
                : roll < 94 ? List.of("writer") : roll < 97 ? List.of("singer") : List.of("singer", "actor");
        final List<String> aliases = new ArrayList<>();
        if (random.nextInt(100) < 15) {
            aliases.add(SyntheticNames.westernOrder(name));
        }
        final String other = SyntheticNames.otherRomanization(name);
        if (random.nextInt(100) < 10 && !other.equals(name)) {
            aliases.add(other);
        }
        if (random.nextInt(100) < 3) {
            aliases.add(SyntheticNames.englishName(random, name));
        }
        return new PersonEntry(id, name, aliases, roles,
                Map.of("born", Integer.toString(1960 + random.nextInt(46))), false);
    }

    private static ShowEntry show(final SplittableRandom random, final List<ShowEntry> earlier,
                                  final Set<String> titles, final Map<String, List<PersonEntry>> byRole) {
        final List<String> aliases = new ArrayList<>();
        String title;
        final ShowEntry base = earlier.isEmpty() ? null : earlier.get(random.nextInt(earlier.size()));
        if (base != null && random.nextInt(100) < 6 && !base.title().matches(".*\\d$")) {
            // A later season sold as its own show: "Moonlit Ledger Season 2", also written "Moonlit Ledger 2".
            final int season = 2 + random.nextInt(2);
            final boolean word = random.nextBoolean();
            title = base.title() + (word ? " Season " : " ") + season;
            aliases.add(base.title() + (word ? " " : " Season ") + season);
        } else {
            title = SyntheticNames.title(random);
        }
        while (!titles.add(NewsText.slug(title))) {
            title = SyntheticNames.title(random);
            aliases.clear();
        }
        if (random.nextInt(100) < 30) {
            aliases.add(SyntheticNames.hangulTitle(random));
        }
        if (title.startsWith("The ") && random.nextInt(100) < 30) {
            aliases.add(title.substring(4));
        }
        final int year = 2015 + random.nextInt(11);
        final int episodes = List.of(6, 8, 10, 12, 16).get(random.nextInt(5));
        final LocalDate premiere = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        final boolean streamer = random.nextInt(3) > 0;
        return new ShowEntry(NewsText.slug(title), title, aliases, year,
                streamer ? SyntheticNames.pick(random, PLATFORMS) : null,
                streamer ? null : SyntheticNames.pick(random, NETWORKS),
                List.of(new Season(1, premiere, episodes, null)), credits(random, byRole), false);
    }

    private static List<Credit> credits(final SplittableRandom random, final Map<String, List<PersonEntry>> byRole) {
        final List<Credit> credits = new ArrayList<>();
        final Set<String> credited = new HashSet<>();
        final int actors = 3 + random.nextInt(5);
        for (int i = 0; i < actors; i++) {
            final PersonEntry actor = popular(random, byRole.get("actor"));
            if (credited.add(actor.id())) {
                credits.add(new Credit(actor.id(), "actor", SyntheticNames.character(random)));
            }
        }
        credits.add(new Credit(popular(random, byRole.get("director")).id(), "director", null));
        credits.add(new Credit(popular(random, byRole.get("writer")).id(), "writer", null));
        if (random.nextBoolean()) {
            credits.add(new Credit(popular(random, byRole.get("singer")).id(), "singer", null));
        }
        return credits;
    }

    /**
     * A person drawn with a lean towards the front of the list: with 40,000 actors and 10,000 shows the first is
     * credited in some seventy shows, the tenth in twenty, and two actors in three in none or one.
     */
    private static PersonEntry popular(final SplittableRandom random, final List<PersonEntry> pool) {
        return pool.get((int) (pool.size() * Math.pow(random.nextDouble(), 1.6)));
    }

    public List<ShowEntry> shows() {
        return shows;
    }

    public List<PersonEntry> persons() {
        return persons;
    }

    /** Shows first, then persons: what a catalog topic would hold. */
    public List<CatalogEntry> entries() {
        final List<CatalogEntry> entries = new ArrayList<>(shows.size() + persons.size());
        entries.addAll(shows);
        entries.addAll(persons);
        return entries;
    }

    public PersonEntry person(final String id) {
        return personsById.get(id);
    }

    /** The shows a person is credited in, in catalog order. */
    public List<ShowEntry> showsOf(final String personId) {
        return showsByPerson.getOrDefault(personId, List.of());
    }

    /** Persons whose canonical name at least one other person in the catalog has too. */
    public int sharedNamePersons() {
        return sharedNamePersons;
    }

    public int credits() {
        return shows.stream().mapToInt(show -> show.credits().size()).sum();
    }

    public int characters() {
        return (int) shows.stream().flatMap(show -> show.credits().stream())
                .filter(credit -> credit.character() != null).count();
    }

    public int showAliases() {
        return shows.stream().mapToInt(show -> show.aliases().size()).sum();
    }

    public int personAliases() {
        return persons.stream().mapToInt(person -> person.aliases().size()).sum();
    }
}
