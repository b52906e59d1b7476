package io.newsreel.ingest.fetch;

import java.time.Duration;

/**
 * Limits every fetch obeys.
 *
 * @param connectTimeout time to open a connection
 * @param requestTimeout time until the response headers arrive
 * @param maxBodyBytes largest body accepted, counted after decompression so that a compressed bomb stops early
 * @param userAgent the User-Agent header, naming newsreel so publishers know who polls them
 */
public record FetchSettings(Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, String userAgent) {

    public static final FetchSettings DEFAULTS = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(20),
            10L * 1024 * 1024, "newsreel/0.1 (+https://github.com/newsreel/newsreel; feed aggregator)");
}
