package io.newsreel.app.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.PersonEntry;
import io.newsreel.contract.event.ShowEntry;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The yardstick measured beside the tagger: one Aho-Corasick pass over each article's lower-cased text for every
 * catalog title and person name, the kind of scan the tagging target was set against. The shared machines the
 * benchmark runs on change speed from run to run by a third or more; the tagger's cost counted in such passes,
 * measured in the same rounds on the same thread, drifts less, so that runs of different days can be compared.
 */
final class ReferenceScan {

    private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
    private final String[] texts;

    ReferenceScan(final SyntheticCatalog catalog, final Article[] articles) {
        final TreeMap<String, String> phrases = new TreeMap<>();
        catalog.shows().stream().map(ShowEntry::title).forEach(title -> phrases.put(lowerCase(title), title));
        catalog.persons().stream().map(PersonEntry::name).forEach(name -> phrases.put(lowerCase(name), name));
        trie.build(phrases);
        texts = new String[articles.length];
        for (int i = 0; i < articles.length; i++) {
            texts[i] = lowerCase(articles[i].title() + "\n\n" + articles[i].text());
        }
    }

    /** Distinct titles and names looked for. */
    int phrases() {
        return trie.size();
    }

    /** Scans every article once; returns the occurrences found, overlapping ones included. */
    long scanAll() {
        final long[] found = {0};
        final AhoCorasickDoubleArrayTrie.IHit<String> count = (begin, end, phrase) -> found[0]++;
        for (final String text : texts) {
            trie.parseText(text, count);
        }
        return found[0];
    }

    private static String lowerCase(final String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
