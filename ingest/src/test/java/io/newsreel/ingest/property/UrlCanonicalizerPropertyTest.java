package io.newsreel.ingest.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsreel.ingest.normalize.UrlCanonicalizer;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link UrlCanonicalizer} on any text a feed puts where a link belongs: it never throws, gives an absolute http(s)
 * URL or null, gives the same answer every time, leaves a canonical URL as it is, and is blind to what it removes
 * (tracking parameters, fragments, case of scheme and host, the default port).
 */
class UrlCanonicalizerPropertyTest {

    @Property(tries = 1000)
    void shouldAnswerAnHttpUrlWithoutFragmentOrTrackingOrNull(@ForAll("urls") final String url) {
        final String canonical = UrlCanonicalizer.canonicalize(url);

        if (canonical != null) {
            final URI uri = URI.create(canonical);
            assertThat(uri.getScheme()).isIn("http", "https");
            assertThat(uri.getHost()).isNotNull().isEqualTo(uri.getHost().toLowerCase(Locale.ROOT));
            assertThat(uri.getRawFragment()).isNull();
            assertThat(uri.getRawPath()).startsWith("/");
            assertThat(uri.getPort()).isNotIn(uri.getScheme().equals("http") ? 80 : 443);
            final String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            assertThat(List.of(query.split("&"))).noneMatch(parameter -> isTracking(parameter));
        }
    }

    @Property(tries = 1000)
    void shouldBeDeterministic(@ForAll("urls") final String url) {
        assertThat(UrlCanonicalizer.canonicalize(new String(url.toCharArray())))
                .isEqualTo(UrlCanonicalizer.canonicalize(url));
    }

    @Property(tries = 1000)
    void shouldLeaveACanonicalUrlAsItIs(@ForAll("acceptedUrls") final String url) {
        final String canonical = UrlCanonicalizer.canonicalize(url);
        Assume.that(canonical != null);

        assertThat(UrlCanonicalizer.canonicalize(canonical)).isEqualTo(canonical);
    }

    @Property(tries = 1000)
    void shouldNotSeeWhatItRemoves(@ForAll("acceptedUrls") final String url) {
        final String canonical = UrlCanonicalizer.canonicalize(url);
        Assume.that(canonical != null);
        final URI uri = URI.create(canonical);
        final String defaultPort = uri.getPort() == -1 ? (uri.getScheme().equals("http") ? ":80" : ":443") : "";
        final String tracking = String.join("&", Urls.TRACKING);
        final String noisy = uri.getScheme().toUpperCase(Locale.ROOT) + "://" + uri.getRawAuthority()
                .toUpperCase(Locale.ROOT) + defaultPort + uri.getRawPath() + "?" + tracking
                + (uri.getRawQuery() == null ? "" : "&" + uri.getRawQuery()) + "#fragment";

        assertThat(UrlCanonicalizer.canonicalize(noisy)).isEqualTo(canonical);
    }

    @Provide
    Arbitrary<String> urls() {
        return Urls.any();
    }

    @Provide
    Arbitrary<String> acceptedUrls() {
        return Urls.accepted();
    }

    private static boolean isTracking(final String parameter) {
        final String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || Urls.TRACKING.stream().anyMatch(known -> known.split("=")[0]
                .toLowerCase(Locale.ROOT).equals(name));
    }
}
