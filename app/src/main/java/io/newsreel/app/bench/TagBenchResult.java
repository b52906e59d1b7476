package io.newsreel.app.bench;

import java.time.Instant;
import java.util.List;

/**
 * Everything one run of {@code newsreel bench tag} found, as written to its JSON file. MB are 10^6 bytes of article
 * text (title and body, UTF-8), the unit of the throughput target; MiB (2^20) are heap.
 *
 * @param benchmark which benchmark ran
 * @param startedAt when the run started
 * @param machine what it ran on
 * @param settings how it was set up
 * @param catalog the synthetic catalog
 * @param articles the synthetic articles
 * @param build building the tagger
 * @param referencePhrases titles and names the reference scan looks for ({@link ReferenceScan})
 * @param rounds the figures of each measured round
 * @param total the measured rounds together
 * @param tags what the tagger found, per article
 */
record TagBenchResult(String benchmark, Instant startedAt, Machine machine, Settings settings, CatalogSize catalog,
                      ArticleSet articles, Build build, int referencePhrases, List<Round> rounds, Round total,
                      Tags tags) {

    TagBenchResult {
        rounds = List.copyOf(rounds);
    }

    /**
     * How the run was set up.
     *
     * @param shows shows in the catalog
     * @param persons persons in the catalog
     * @param articles articles tagged each round
     * @param seed seed of catalog and articles
     * @param warmupRounds rounds tagged before measuring
     * @param rounds rounds measured
     */
    record Settings(int shows, int persons, int articles, long seed, int warmupRounds, int rounds) {

        Settings {
            if (shows < 1 || persons < 20 || articles < 1 || warmupRounds < 0 || rounds < 1) {
                throw new IllegalArgumentException("need --shows >= 1, --persons >= 20, --articles >= 1, "
                        + "--warmup-rounds >= 0 and --rounds >= 1");
            }
        }
    }

    /**
     * The synthetic catalog.
     *
     * @param shows shows
     * @param persons persons
     * @param showAliases aliases of all shows
     * @param personAliases aliases of all persons
     * @param credits credits of all shows
     * @param characters credits naming a character
     * @param sharedNamePersons persons whose canonical name someone else in the catalog has too
     * @param generateSeconds time to generate it
     */
    record CatalogSize(int shows, int persons, int showAliases, int personAliases, int credits, int characters,
                       int sharedNamePersons, double generateSeconds) {
    }

    /**
     * The synthetic articles.
     *
     * @param articles how many
     * @param textMB their text, title and body
     * @param meanBytes text per article
     * @param generateSeconds time to generate them
     */
    record ArticleSet(int articles, double textMB, double meanBytes, double generateSeconds) {
    }

    /**
     * Building the catalog snapshot and the tagger from the catalog entries, once.
     *
     * @param wallSeconds elapsed time
     * @param cpuSeconds CPU time of the building thread
     * @param allocatedMiB allocated by the building thread
     * @param heapBeforeMiB heap in use after a full GC before building (generated catalog and articles)
     * @param heapAfterMiB the same after building, with the tagger live
     * @param heapHeldMiB what the tagger (and its catalog snapshot) holds: after minus before
     */
    record Build(double wallSeconds, double cpuSeconds, double allocatedMiB, double heapBeforeMiB,
                 double heapAfterMiB, double heapHeldMiB) {
    }

    /**
     * One measured round of tagging every article on one thread, or all rounds together.
     *
     * @param round round number from 1, or 0 for all rounds together
     * @param articles articles tagged
     * @param wallSeconds elapsed time
     * @param cpuSeconds CPU time of the tagging thread
     * @param articlesPerSecond articles per elapsed second
     * @param mbPerCpuSecond MB of article text per CPU-second of the tagging thread: per core
     * @param microsPerArticle CPU microseconds per article
     * @param allocatedKiBPerArticle allocated by the tagging thread, per article
     * @param gcCount collections during the round
     * @param gcMillis collection time during the round
     * @param referenceCpuSeconds CPU time of one {@link ReferenceScan} of every article, right after tagging them
     * @param referenceMbPerCpuSecond MB of article text per CPU-second of that scan
     * @param costInReferenceScans tagging's CPU time in reference scans of the same text: the machine's speed
     *                             divides out
     */
    record Round(int round, long articles, double wallSeconds, double cpuSeconds, double articlesPerSecond,
                 double mbPerCpuSecond, double microsPerArticle, double allocatedKiBPerArticle, long gcCount,
                 long gcMillis, double referenceCpuSeconds, double referenceMbPerCpuSecond,
                 double costInReferenceScans) {
    }

    /**
     * Tags per article, and how much of what the articles were written to name the tagger found.
     *
     * @param catalogShows show tags from the catalog
     * @param primaryShows of those, shows tagged as the article's subject
     * @param discoveredShows show tags the tagger discovered (not in the catalog)
     * @param catalogPersons person tags from the catalog
     * @param discoveredPersons person tags the tagger discovered
     * @param characters character tags
     * @param releaseEvents release events
     * @param datedReleaseEvents of those, events with a day or a window
     * @param plantedShows catalog shows each article was written to name
     * @param plantedPersons catalog persons each article names in full
     * @param plantedCharacters characters each article names
     * @param showRecall share of planted shows tagged
     * @param subjectRecall share of articles whose subject show is tagged primary
     * @param personRecall share of planted persons tagged
     * @param characterRecall share of planted characters tagged as characters
     * @param unplantedCatalogShows catalog show tags per article that the article was not written to name
     * @param unplantedCatalogPersons the same for persons
     */
    record Tags(double catalogShows, double primaryShows, double discoveredShows, double catalogPersons,
                double discoveredPersons, double characters, double releaseEvents, double datedReleaseEvents,
                double plantedShows, double plantedPersons, double plantedCharacters, double showRecall,
                double subjectRecall, double personRecall, double characterRecall, double unplantedCatalogShows,
                double unplantedCatalogPersons) {
    }
}
