package io.newsreel.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.newsreel.ingest.FeedReader;
import io.newsreel.ingest.fetch.FetchException;
import io.newsreel.ingest.parse.FeedParseException;
import java.util.function.Consumer;

/**
 * How reading a hostile case must end: a fetch failure of one kind, a parse failure of one kind, or a reading with a
 * number of articles. Anything else (another kind, another exception, a runtime exception escaping) fails the test.
 * Kinds are compared as the short codes error records carry.
 */
public sealed interface Expectation {

    void verify(FeedReader.Reading reading, Throwable thrown);

    static Expectation fetchFails(final String kind) {
        return new FetchFails(kind, e -> { });
    }

    static Expectation fetchFails(final String kind, final Consumer<FetchException> more) {
        return new FetchFails(kind, more);
    }

    static Expectation parseFails(final String code) {
        return new ParseFails(code);
    }

    static Expectation reads(final int articles) {
        return new Reads(articles, reading -> { });
    }

    static Expectation reads(final int articles, final Consumer<FeedReader.Reading> more) {
        return new Reads(articles, more);
    }

    /** The fetch fails with {@code FetchException#failure().kind()} equal to {@code kind}. */
    record FetchFails(String kind, Consumer<FetchException> more) implements Expectation {
        @Override
        public void verify(final FeedReader.Reading reading, final Throwable thrown) {
            assertThat(thrown).isInstanceOfSatisfying(FetchException.class, e -> {
                assertThat(e.failure().kind()).as("fetch failure kind of %s", e).isEqualTo(kind);
                more.accept(e);
            });
        }

        @Override
        public String toString() {
            return "fetch fails: " + kind;
        }
    }

    /** The fetch succeeds and parsing fails with {@code FeedParseException#kind().code()} equal to {@code code}. */
    record ParseFails(String code) implements Expectation {
        @Override
        public void verify(final FeedReader.Reading reading, final Throwable thrown) {
            assertThat(thrown).isInstanceOfSatisfying(FeedParseException.class,
                    e -> assertThat(e.kind().code()).as("parse failure kind of %s", e).isEqualTo(code));
        }

        @Override
        public String toString() {
            return "parse fails: " + code;
        }
    }

    /** The feed survives: read with exactly {@code articles} articles. */
    record Reads(int articles, Consumer<FeedReader.Reading> more) implements Expectation {
        @Override
        public void verify(final FeedReader.Reading reading, final Throwable thrown) {
            if (thrown != null) {
                fail("expected a reading with " + articles + " articles but reading threw", thrown);
            }
            assertThat(reading.articles()).hasSize(articles);
            more.accept(reading);
        }

        @Override
        public String toString() {
            return "reads " + articles + (articles == 1 ? " article" : " articles");
        }
    }
}
