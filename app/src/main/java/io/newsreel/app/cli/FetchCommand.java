package io.newsreel.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsreel.app.config.SettingConverters;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.serde.Json;
import io.newsreel.ingest.FeedReader;
import io.newsreel.ingest.fetch.FeedFetcher;
import io.newsreel.ingest.fetch.FetchException;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.fetch.Validators;
import io.newsreel.ingest.normalize.ArticleNormalizer;
import io.newsreel.ingest.parse.FeedParseException;
import io.newsreel.ingest.parse.FeedParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsreel fetch}: one feed through ingest's own fetch, parse and normalize path, without Kafka. One JSON line
 * per article on standard output; on failure one JSON error object on standard error and exit code 1.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Read one feed (URL or file) and print its normalized articles as JSON lines.")
public final class FetchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "URL|FILE", description = "An http(s) feed URL, or a feed file on disk.")
    private String source;

    @Option(names = "--allow-private-addresses",
            description = "Also fetch from loopback, private and link-local addresses.")
    private boolean allowPrivateAddresses;

    @Option(names = "--zone", paramLabel = "ZONE", converter = SettingConverters.Zone.class,
            description = "The time zone the outlet writes in, as in feeds add: the offset of items dated in UTC.")
    private ZoneId zone;

    @Override
    public Integer call() throws JsonProcessingException {
        final Clock clock = Clock.systemUTC();
        final PrintWriter out = spec.commandLine().getOut();
        try (FeedFetcher fetcher = new FeedFetcher(
                FetchSettings.DEFAULTS.withAllowPrivateAddresses(allowPrivateAddresses), clock)) {
            final FeedReader reader = new FeedReader(fetcher, new FeedParser(), new ArticleNormalizer(), clock);
            for (final Article article : read(reader)) {
                out.println(Json.MAPPER.writeValueAsString(article));
            }
            out.flush();
            return 0;
        } catch (final FetchException e) {
            return error(e.failure().kind(), e.getMessage(), e.httpStatus());
        } catch (final FeedParseException e) {
            return error(e.kind().code(), e.getMessage(), null);
        } catch (final IOException e) {
            return error("unreadable-file", e.getMessage(), null);
        }
    }

    private List<Article> read(final FeedReader reader) throws FetchException, FeedParseException, IOException {
        final Path file = Path.of(source);
        if (!source.contains("://") && Files.isRegularFile(file)) {
            return reader.readBytes(file.toUri().toString(), Files.readAllBytes(file), zone);
        }
        return reader.read(source, Validators.NONE, zone).articles();
    }

    private int error(final String kind, final String message, final Integer httpStatus)
            throws JsonProcessingException {
        final Map<String, Object> error = new LinkedHashMap<>();
        error.put("source", source);
        error.put("kind", kind);
        error.put("message", message);
        if (httpStatus != null) {
            error.put("httpStatus", httpStatus);
        }
        final PrintWriter err = spec.commandLine().getErr();
        err.println(Json.MAPPER.writeValueAsString(error));
        err.flush();
        return 1;
    }
}
