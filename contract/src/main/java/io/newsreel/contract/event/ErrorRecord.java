package io.newsreel.contract.event;

import java.time.Instant;

/**
 * Something a service could not handle, published on that service's error topic so that nothing is lost silently.
 *
 * @param service the service that failed: {@code ingest}, {@code processor}, {@code sink}
 * @param kind a short machine-readable kind, e.g. {@code http-status}, {@code malformed-xml}, {@code deserialization}
 * @param message what went wrong, for a person
 * @param subject what failed: a feed URL, an article id
 * @param httpStatus HTTP status for fetch failures, else null
 * @param attempt consecutive attempt number for retried work, else null
 * @param topic source topic of a failed record, else null
 * @param partition source partition, else null
 * @param offset source offset, else null
 * @param payload the failed record's value as text (truncated), else null
 * @param at when it happened
 */
public record ErrorRecord(
        String service,
        String kind,
        String message,
        String subject,
        Integer httpStatus,
        Integer attempt,
        String topic,
        Integer partition,
        Long offset,
        String payload,
        Instant at) {
}
