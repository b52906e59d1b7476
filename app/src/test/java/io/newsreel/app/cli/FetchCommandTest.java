package io.newsreel.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.contract.serde.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FetchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldPrintOneJsonLinePerArticleOfAFeedFile(@TempDir final Path dir) throws IOException {
        final Path feed = dir.resolve("desk.xml");
        Files.writeString(feed, """
                <rss version="2.0"><channel><title>Desk</title><link>https://desk.example/</link>
                  <item><title>One</title><link>https://desk.example/1</link><description>First.</description></item>
                  <item><title>Two</title><link>https://desk.example/2?utm_source=x</link></item>
                </channel></rss>""", StandardCharsets.UTF_8);

        final int exit = execute(feed.toString());

        assertThat(exit).isZero();
        final String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        final JsonNode second = Json.MAPPER.readTree(lines[1]);
        assertThat(second.get("title").asText()).isEqualTo("Two");
        assertThat(second.get("url").asText()).isEqualTo("https://desk.example/2");
        assertThat(second.get("publishedEstimated").asBoolean()).isTrue();
    }

    @Test
    void shouldPrintAJsonErrorAndExitNonZeroForABrokenFeed(@TempDir final Path dir) throws IOException {
        final Path page = dir.resolve("page.html");
        Files.writeString(page, "<!DOCTYPE html><html><body>Not a feed</body></html>", StandardCharsets.UTF_8);

        final int exit = execute(page.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(Json.MAPPER.readTree(err.toString()).get("kind").asText()).isEqualTo("not-a-feed");
    }

    @Test
    void shouldRefuseALoopbackUrlByDefault() throws IOException {
        final int exit = execute("http://127.0.0.1:9/feed.xml");

        assertThat(exit).isEqualTo(1);
        assertThat(Json.MAPPER.readTree(err.toString()).get("kind").asText()).isEqualTo("blocked-address");
    }

    private int execute(final String source) {
        return new CommandLine(new FetchCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(source);
    }
}
