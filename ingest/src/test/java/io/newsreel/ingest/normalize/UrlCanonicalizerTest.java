package io.newsreel.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    @Test
    void shouldDropTrackingParametersFragmentsAndDefaultPorts() {
        assertThat(UrlCanonicalizer.canonicalize(
                "HTTPS://News.Example:443/a/b?utm_source=rss&id=7&fbclid=xyz&page=2#comments"))
                .isEqualTo("https://news.example/a/b?id=7&page=2");
    }

    @Test
    void shouldKeepNonDefaultPortsAndGiveARootPath() {
        assertThat(UrlCanonicalizer.canonicalize("http://news.example:8080")).isEqualTo("http://news.example:8080/");
    }

    @Test
    void shouldRefuseWhatIsNotAnHttpUrl() {
        assertThat(UrlCanonicalizer.canonicalize("urn:uuid:1234")).isNull();
        assertThat(UrlCanonicalizer.canonicalize("not a url")).isNull();
        assertThat(UrlCanonicalizer.canonicalize(null)).isNull();
    }
}
