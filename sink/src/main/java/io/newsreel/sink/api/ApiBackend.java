package io.newsreel.sink.api;

import io.newsreel.sink.live.ChangeBroadcaster;
import io.newsreel.sink.routing.InstanceRouting;
import io.newsreel.sink.store.StoreAccess;
import java.time.Clock;

/**
 * What the HTTP API answers from.
 *
 * @param stores this instance's stores
 * @param routing which instance owns what
 * @param changes live timeline changes
 * @param clock today, for each show's next release
 */
public record ApiBackend(StoreAccess stores, InstanceRouting routing, ChangeBroadcaster changes, Clock clock) {
}
