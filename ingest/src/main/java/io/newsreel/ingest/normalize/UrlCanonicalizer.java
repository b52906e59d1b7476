package io.newsreel.ingest.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Canonical form of an article URL, so that one story reached through different links gets one id: scheme and host
 * lower-cased, default ports and fragments dropped, tracking parameters removed, remaining parameters sorted.
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src", "_ga", "yclid");

    private UrlCanonicalizer() {
    }

    /** The canonical URL, or null when the text is not an absolute http(s) URL. */
    public static String canonicalize(final String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        final URI uri;
        try {
            uri = new URI(url.strip());
        } catch (final URISyntaxException e) {
            return null;
        }
        final String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return null;
        }
        final StringBuilder canonical = new StringBuilder(scheme).append("://")
                .append(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getPort() != -1 && uri.getPort() != defaultPort(scheme)) {
            canonical.append(':').append(uri.getPort());
        }
        canonical.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        final String query = canonicalQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    private static String canonicalQuery(final String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !isTracking(parameter))
                .sorted()
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(final String parameter) {
        final String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
    }

    private static int defaultPort(final String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
