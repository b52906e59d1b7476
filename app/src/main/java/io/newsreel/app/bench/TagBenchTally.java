package io.newsreel.app.bench;

import io.newsreel.contract.event.CharacterTag;
import io.newsreel.contract.event.Evidence;
import io.newsreel.contract.event.PersonTag;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.Salience;
import io.newsreel.contract.event.ShowTag;
import io.newsreel.contract.event.TaggedArticle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts what the tagger found in the synthetic articles and compares it with what each article was written to
 * name: a check that the benchmark measured real work, not a tagger that found nothing.
 */
final class TagBenchTally {

    private static final String DISCOVERED = "discovered:";

    private long catalogShows;
    private long primaryShows;
    private long discoveredShows;
    private long catalogPersons;
    private long discoveredPersons;
    private long characters;
    private long releaseEvents;
    private long datedReleaseEvents;
    private long plantedShows;
    private long plantedPersons;
    private long plantedCharacters;
    private long foundShows;
    private long foundSubjects;
    private long foundPersons;
    private long foundCharacters;
    private long unplantedShows;
    private long unplantedPersons;

    private TagBenchTally() {
    }

    static TagBenchResult.Tags of(final List<SyntheticArticles.Planted> planted, final TaggedArticle[] tagged) {
        final TagBenchTally tally = new TagBenchTally();
        for (int i = 0; i < tagged.length; i++) {
            tally.add(planted.get(i), tagged[i]);
        }
        final double n = tagged.length;
        return new TagBenchResult.Tags(tally.catalogShows / n, tally.primaryShows / n, tally.discoveredShows / n,
                tally.catalogPersons / n, tally.discoveredPersons / n, tally.characters / n,
                tally.releaseEvents / n, tally.datedReleaseEvents / n, tally.plantedShows / n,
                tally.plantedPersons / n, tally.plantedCharacters / n, share(tally.foundShows, tally.plantedShows),
                share(tally.foundSubjects, tagged.length), share(tally.foundPersons, tally.plantedPersons),
                share(tally.foundCharacters, tally.plantedCharacters), tally.unplantedShows / n,
                tally.unplantedPersons / n);
    }

    private void add(final SyntheticArticles.Planted planted, final TaggedArticle tagged) {
        final Set<String> showIds = planted.showIds().stream().collect(Collectors.toSet());
        for (final ShowTag show : tagged.shows()) {
            if (discovered(show.evidence())) {
                discoveredShows++;
                continue;
            }
            catalogShows++;
            primaryShows += show.salience() == Salience.PRIMARY ? 1 : 0;
            foundShows += showIds.contains(show.id()) ? 1 : 0;
            unplantedShows += showIds.contains(show.id()) ? 0 : 1;
            foundSubjects += show.id().equals(planted.showIds().get(0)) && show.salience() == Salience.PRIMARY
                    ? 1 : 0;
        }
        final Set<String> personIds = planted.personIds().stream().collect(Collectors.toSet());
        for (final PersonTag person : tagged.persons()) {
            if (discovered(person.evidence())) {
                discoveredPersons++;
                continue;
            }
            catalogPersons++;
            foundPersons += personIds.contains(person.id()) ? 1 : 0;
            unplantedPersons += personIds.contains(person.id()) ? 0 : 1;
        }
        final Set<String> names = tagged.characters().stream().map(CharacterTag::name).map(TagBenchTally::folded)
                .collect(Collectors.toSet());
        characters += tagged.characters().size();
        foundCharacters += planted.characters().stream().map(TagBenchTally::folded).filter(names::contains).count();
        for (final ReleaseEvent event : tagged.releaseEvents()) {
            releaseEvents++;
            datedReleaseEvents += event.date() != null || event.dateWindow() != null ? 1 : 0;
        }
        plantedShows += planted.showIds().size();
        plantedPersons += planted.personIds().size();
        plantedCharacters += planted.characters().size();
    }

    private static boolean discovered(final Evidence evidence) {
        return evidence != null && evidence.rule() != null && evidence.rule().startsWith(DISCOVERED);
    }

    private static String folded(final String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', ' ');
    }

    private static double share(final long part, final long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
