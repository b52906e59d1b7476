package io.newsreel.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches feed bytes over HTTP with a conditional GET, following redirects, decompressing gzip and deflate, and
 * refusing bodies over the size cap. It knows nothing about feed formats.
 */
public final class FeedFetcher {

    private static final int NOT_MODIFIED = 304;

    private final HttpClient client;
    private final FetchSettings settings;

    public FeedFetcher(final FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public FetchResult fetch(final URI uri, final Validators known) throws FetchException {
        final HttpResponse<InputStream> response = send(uri, request(uri, known));
        final int status = response.statusCode();
        if (status == NOT_MODIFIED) {
            drain(response);
            return new FetchResult.NotModified();
        }
        if (status < 200 || status > 299) {
            drain(response);
            throw new FetchException(uri, FetchFailure.HTTP_STATUS, status, "HTTP status " + status, null);
        }
        final Validators validators = new Validators(
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        return new FetchResult.Fetched(response.uri(), readBody(uri, response), validators);
    }

    private HttpRequest request(final URI uri, final Validators known) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
                        + " */*;q=0.1")
                .header("Accept-Encoding", "gzip, deflate")
                .GET();
        if (known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        return request.build();
    }

    private HttpResponse<InputStream> send(final URI uri, final HttpRequest request) throws FetchException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (final HttpTimeoutException e) {
            throw new FetchException(uri, FetchFailure.TIMEOUT, null, "timed out: " + e.getMessage(), e);
        } catch (final IOException e) {
            throw new FetchException(uri, FetchFailure.CONNECTION, null, "cannot connect: " + e, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri, FetchFailure.INTERRUPTED, null, "interrupted", e);
        }
    }

    private byte[] readBody(final URI uri, final HttpResponse<InputStream> response) throws FetchException {
        final String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
                .trim().toLowerCase(Locale.ROOT);
        try (InputStream decoded = decode(response.body(), encoding)) {
            return readCapped(uri, decoded);
        } catch (final IOException e) {
            throw new FetchException(uri, FetchFailure.BAD_ENCODING, response.statusCode(),
                    "cannot read " + encoding + " body: " + e.getMessage(), e);
        }
    }

    private static InputStream decode(final InputStream body, final String encoding) throws IOException {
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(body);
            case "deflate" -> new InflaterInputStream(body);
            default -> body;
        };
    }

    private byte[] readCapped(final URI uri, final InputStream in) throws IOException, FetchException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > settings.maxBodyBytes()) {
                throw new FetchException(uri, FetchFailure.TOO_LARGE, null,
                        "body larger than " + settings.maxBodyBytes() + " bytes", null);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void drain(final HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (final IOException e) {
            // The status already decided the outcome; an unreadable error body changes nothing.
        }
    }
}
