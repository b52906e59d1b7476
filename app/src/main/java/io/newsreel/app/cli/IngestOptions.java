package io.newsreel.app.cli;

import io.newsreel.app.config.SettingConverters;
import io.newsreel.ingest.IngestConfig;
import io.newsreel.ingest.fetch.FetchSettings;
import io.newsreel.ingest.fulltext.FullTextSettings;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/** The ingest service's settings. */
public final class IngestOptions {

    @Option(names = "--instance-id", defaultValue = "ingest-1", paramLabel = "ID",
            description = "Names this ingest instance in its transactional id: keep it across restarts "
                    + "(default: ${DEFAULT-VALUE}).")
    private String instanceId;

    @Option(names = "--fetch-threads", defaultValue = "16", paramLabel = "N",
            converter = SettingConverters.PositiveInt.class,
            description = "Feeds fetched at once (default: ${DEFAULT-VALUE}).")
    private int fetchThreads;

    @Option(names = "--per-host-fetches", defaultValue = "2", paramLabel = "N",
            converter = SettingConverters.PositiveInt.class,
            description = "Feeds of one host fetched at once (default: ${DEFAULT-VALUE}).")
    private int perHostFetches;

    @Option(names = "--poll-interval", defaultValue = "15m", paramLabel = "DURATION",
            converter = SettingConverters.PositiveDuration.class,
            description = "How often a feed is polled when its subscription names no interval, such as 15m or "
                    + "PT15M (default: ${DEFAULT-VALUE}).")
    private Duration pollInterval;

    @Option(names = "--max-backoff", defaultValue = "6h", paramLabel = "DURATION",
            converter = SettingConverters.PositiveDuration.class,
            description = "The longest wait after repeated failures of a feed (default: ${DEFAULT-VALUE}).")
    private Duration maxBackoff;

    @Option(names = "--fetch-timeout", defaultValue = "20s", paramLabel = "DURATION",
            converter = SettingConverters.PositiveDuration.class,
            description = "Time for a whole fetch, redirects and body included (default: ${DEFAULT-VALUE}).")
    private Duration fetchTimeout;

    @Option(names = "--allow-private-addresses", defaultValue = "false", fallbackValue = "true",
            description = "Also fetch feeds on loopback, private and link-local addresses (refused by default so "
                    + "that feed URLs cannot reach internal services).")
    private boolean allowPrivateAddresses;

    @Option(names = "--full-text", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Fetch the page of a new article whose feed text is short, for its full text, unless its "
                    + "subscription says otherwise (default: ${DEFAULT-VALUE}).")
    private boolean fullText;

    @Option(names = "--admin-port", defaultValue = "8081", paramLabel = "PORT",
            converter = SettingConverters.Port.class,
            description = "Port of /metrics, /health/live and /health/ready (default: ${DEFAULT-VALUE}).")
    private int adminPort;

    IngestConfig config(final Map<String, Object> kafka) {
        return new IngestConfig(kafka, instanceId, fetchThreads, perHostFetches, pollInterval, maxBackoff,
                FetchSettings.DEFAULTS.withTotalTimeout(fetchTimeout).withAllowPrivateAddresses(allowPrivateAddresses),
                new FullTextSettings(fullText, FullTextSettings.DEFAULTS.minChars()));
    }

    int adminPort() {
        return adminPort;
    }
}
