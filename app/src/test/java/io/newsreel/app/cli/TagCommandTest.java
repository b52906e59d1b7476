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

class TagCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldTagPlainTextWithTheShippedCatalog(@TempDir final Path dir) throws IOException {
        final Path text = dir.resolve("story.txt");
        Files.writeString(text, "Kuem Sae-Rok and Steve Noh lead the second chapter of the anthology.",
                StandardCharsets.UTF_8);

        final int exit = execute(text.toString(), "--title", "Soundtrack #2 sets its date",
                "--published", "2023-11-28T09:00:00+09:00");

        assertThat(exit).isZero();
        final JsonNode tagged = Json.MAPPER.readTree(out.toString());
        assertThat(tagged.get("shows").findValuesAsText("id")).containsExactly("soundtrack-2");
        assertThat(tagged.get("persons").findValuesAsText("id")).contains("keum-sae-rok", "noh-sang-hyun");
        assertThat(tagged.get("published").asText()).isEqualTo("2023-11-28T00:00:00Z");
    }

    @Test
    void shouldTagTheJsonLinesFetchPrints(@TempDir final Path dir) throws IOException {
        final Path lines = dir.resolve("articles.jsonl");
        Files.writeString(lines, """
                {"id":"a1","revision":1,"title":"Moving gets a second season","text":"Disney+ confirmed that Moving will return.","published":"2024-01-02T00:00:00Z"}
                {"id":"a2","revision":1,"title":"Weather","text":"Rain.","published":"2024-01-02T00:00:00Z"}
                """, StandardCharsets.UTF_8);

        assertThat(execute(lines.toString(), "--json")).isZero();

        final String[] tagged = out.toString().strip().split("\n");
        assertThat(tagged).hasSize(2);
        assertThat(Json.MAPPER.readTree(tagged[0]).get("shows").findValuesAsText("id")).containsExactly("moving");
        assertThat(Json.MAPPER.readTree(tagged[1]).get("shows")).isEmpty();
    }

    @Test
    void shouldRefuseALineThatIsNotAnArticle(@TempDir final Path dir) throws IOException {
        final Path lines = dir.resolve("bad.jsonl");
        Files.writeString(lines, "{not json\n", StandardCharsets.UTF_8);

        assertThat(execute(lines.toString(), "--json")).isEqualTo(1);
        assertThat(err.toString()).contains("Not an article");
    }

    private int execute(final String... arguments) {
        return new CommandLine(new TagCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(arguments);
    }
}
