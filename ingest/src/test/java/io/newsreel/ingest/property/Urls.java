package io.newsreel.ingest.property;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * URL-shaped text as feeds write it, well and badly: odd scheme and host case, default and impossible ports,
 * escapes, non-ASCII, tracking parameters among real ones, empty parameters, fragments, whitespace; and text that
 * is no URL at all.
 */
final class Urls {

    static final List<String> TRACKING = List.of("utm_source=rss", "UTM_Medium=feed", "utm_campaign=", "fbclid=IwAR0x",
            "gclid=abc", "_ga=1.2.3", "mc_cid=9", "ref_src=twsrc", "igshid=x", "yclid=1", "msclkid=z", "dclid=d");

    private static final List<String> SCHEMES = List.of("http", "https", "HTTP", "HttpS", "ftp", "javascript",
            "file", "data", "");
    private static final List<String> HOSTS = List.of("news.example", "NEWS.Example", "www.soompi.com",
            "entertain.naver.com", "127.0.0.1", "[::1]", "[2001:db8::1]", "xn--3e0b707e.kr", "한국.kr", "a..b", "-a-",
            "under_score.example", "", "host:", "user:pass@news.example", "news.example.", "0x7f.1", "1");
    private static final List<String> PORTS = List.of("", "", "", ":80", ":443", ":8080", ":0", ":65535", ":99999",
            ":", ":-1", ":x");
    private static final List<String> SEGMENTS = List.of("2024", "03", "drama", "a%20b", "%E3%81%82", "%zz", "..",
            ".", "", "news.html", "기사", "a b", "a;b=c", "@", "~user", "%2F", "index.php", "ÄÖÜ", "\u0000", "\t");
    private static final List<String> PARAMETERS = List.of("id=7", "page=2", "q=drama+news", "a=b=c", "=", "", "x",
            "ID=8", "sort=desc", "q=%ED%95%9C", "arr[]=1", "utm=keep", "ref=home", "fbclid");

    private Urls() {
    }

    /** URL-shaped text, mostly plausible, sometimes not a URL at all. */
    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, shaped()),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(120)),
                Tuple.of(1, shaped().map(url -> "  " + url + "\n")));
    }

    /** Absolute http(s) URLs that the canonicalizer accepts, written with everything it must see through. */
    static Arbitrary<String> accepted() {
        return shaped(List.of("http", "https", "HTTP", "HttpS"),
                List.of("news.example", "NEWS.Example", "www.soompi.com", "127.0.0.1", "[::1]", "xn--3e0b707e.kr",
                        "user:pass@news.example", "news.example."),
                List.of("", ":80", ":443", ":8080", ":65535"),
                SEGMENTS.stream().filter(segment -> !segment.matches(".*(%zz|\\s|\\x00).*")).toList());
    }

    private static Arbitrary<String> shaped() {
        return shaped(SCHEMES, HOSTS, PORTS, SEGMENTS);
    }

    private static Arbitrary<String> shaped(final List<String> schemes, final List<String> hosts,
                                            final List<String> ports, final List<String> segments) {
        final Arbitrary<String> path = Arbitraries.of(segments).list().ofMaxSize(5)
                .map(parts -> parts.isEmpty() ? "" : "/" + String.join("/", parts));
        final Arbitrary<String> query = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(PARAMETERS)),
                        Tuple.of(2, Arbitraries.of(TRACKING))).list().ofMaxSize(6)
                .map(parameters -> parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
        final Arbitrary<String> fragment = Arbitraries.of("", "", "#comments", "#", "#a?b=c", "#%20");
        return Combinators.combine(Arbitraries.of(schemes), Arbitraries.of(hosts), Arbitraries.of(ports), path, query,
                fragment).as((scheme, host, port, p, q, f) -> scheme + "://" + host + port + p + q + f);
    }
}
