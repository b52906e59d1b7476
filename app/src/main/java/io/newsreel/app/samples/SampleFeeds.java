package io.newsreel.app.samples;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsreel.contract.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sample feeds shipped with newsreel: written for it in the style of entertainment news outlets. */
public final class SampleFeeds {

    private static final String DIRECTORY = "/samples/";

    private SampleFeeds() {
    }

    /** Each sample feed's bytes by file name, in the order of the index. */
    public static Map<String, byte[]> load() {
        final Map<String, byte[]> feeds = new LinkedHashMap<>();
        for (final Entry entry : index()) {
            feeds.put(entry.file(), read(entry.file()));
        }
        return feeds;
    }

    private static List<Entry> index() {
        try {
            return Json.MAPPER.readValue(read("index.json"), new TypeReference<>() { });
        } catch (final IOException e) {
            throw new UncheckedIOException("The sample feed index is not valid JSON", e);
        }
    }

    private static byte[] read(final String file) {
        try (InputStream in = SampleFeeds.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Sample feed " + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot read sample feed " + file, e);
        }
    }

    /**
     * One line of the sample index.
     *
     * @param file file name under {@code samples/}
     * @param title the outlet's name
     */
    record Entry(String file, String title) {
    }
}
