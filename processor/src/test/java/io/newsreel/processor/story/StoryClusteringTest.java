package io.newsreel.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.Story;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.serde.Json;
import io.newsreel.contract.topic.Topics;
import io.newsreel.processor.catalog.CatalogSeed;
import io.newsreel.processor.topology.ProcessorDrivers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Story clustering on a labelled set of our own articles (src/test/resources/stories), through the real tagger and
 * topology: pairwise precision and recall against the labels, written to target/story-clustering.txt.
 */
class StoryClusteringTest {

    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.85;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> raw;
    private TestOutputTopic<String, TaggedArticle> tagged;
    private TestOutputTopic<String, Story> stories;

    @BeforeEach
    void startDriver() {
        driver = ProcessorDrivers.start("story-clustering-test");
        final TestInputTopic<String, CatalogEntry> catalog = ProcessorDrivers.input(driver, Topics.CATALOG);
        CatalogSeed.load().forEach(entry -> catalog.pipeInput(entry.key(), entry));
        raw = ProcessorDrivers.input(driver, Topics.RAW_ARTICLES);
        tagged = ProcessorDrivers.output(driver, Topics.TAGGED_ARTICLES);
        stories = ProcessorDrivers.output(driver, Topics.STORIES);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldGroupTheLabelledArticlesIntoTheirStories() throws IOException {
        final List<Labelled> labelled = load();
        labelled.forEach(article -> raw.pipeInput(article.article().id(), article.article(),
                article.article().published()));
        final Map<String, String> assigned = new LinkedHashMap<>();
        tagged.readValuesToList().forEach(article -> assigned.put(article.id(), article.storyId()));

        int truePairs = 0;
        int predictedPairs = 0;
        int correctPairs = 0;
        for (int i = 0; i < labelled.size(); i++) {
            for (int j = i + 1; j < labelled.size(); j++) {
                final boolean same = labelled.get(i).story().equals(labelled.get(j).story());
                final boolean predicted = Objects.equals(assigned.get(labelled.get(i).article().id()),
                        assigned.get(labelled.get(j).article().id()));
                truePairs += same ? 1 : 0;
                predictedPairs += predicted ? 1 : 0;
                correctPairs += same && predicted ? 1 : 0;
            }
        }
        final double precision = predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        final double recall = truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        final String report = String.format("story clustering on %d articles in %d labelled stories:%n"
                        + "pairwise precision %.3f (%d of %d predicted pairs), recall %.3f (%d of %d true pairs)%n%s",
                labelled.size(), labelled.stream().map(Labelled::story).distinct().count(), precision,
                correctPairs, predictedPairs, recall, correctPairs, truePairs, assignments(labelled, assigned));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "story-clustering.txt"), report);
        System.out.println(report);

        assertThat(precision).as(report).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(recall).as(report).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void shouldPublishOneStoryWithFourSourcesAndMarkTheSyndicatedCopy() throws IOException {
        load().stream().filter(article -> article.article().id().startsWith("pc-")
                        || article.article().id().equals("st2-review"))
                .forEach(article -> raw.pipeInput(article.article().id(), article.article(),
                        article.article().published()));

        final Map<String, Story> latest = new LinkedHashMap<>();
        stories.readValuesToList().forEach(story -> latest.put(story.id(), story));
        assertThat(latest.values()).extracting(story -> story.members().size()).containsExactlyInAnyOrder(4, 1);
        final Story pressConference = latest.get("story-pc-alpha");
        assertThat(pressConference.event()).isEqualTo("PRESS_CONFERENCE 2023-11-29");
        assertThat(pressConference.members()).filteredOn(member -> member.copyOf() != null)
                .singleElement().satisfies(copy -> {
                    assertThat(copy.articleId()).isEqualTo("pc-delta-copy");
                    assertThat(copy.copyOf()).isEqualTo("pc-alpha");
                });
    }

    @Test
    void shouldKeepAnArticlesStoryThroughItsRevisionsAndReplays() throws IOException {
        final List<Labelled> labelled = load().stream().filter(article -> article.article().id().startsWith("pc-"))
                .toList();
        labelled.forEach(article -> raw.pipeInput(article.article().id(), article.article()));
        final Article charlie = labelled.get(2).article();
        raw.pipeInput(charlie.id(), charlie.withRevision(2).withText("An unrelated rewrite about something else entirely."));
        labelled.forEach(article -> raw.pipeInput(article.article().id(), article.article()));

        assertThat(tagged.readValuesToList()).extracting(TaggedArticle::storyId).containsOnly("story-pc-alpha");
    }

    private String assignments(final List<Labelled> labelled, final Map<String, String> assigned) {
        final StringBuilder lines = new StringBuilder();
        labelled.forEach(article -> lines.append(String.format("  %-18s label %-13s story %s%n",
                article.article().id(), article.story(), assigned.get(article.article().id()))));
        return lines.toString();
    }

    private static List<Labelled> load() throws IOException {
        final List<Labelled> articles = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                StoryClusteringTest.class.getResourceAsStream("/stories/articles.jsonl")), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                final JsonNode node = Json.MAPPER.readTree(line);
                final String id = node.get("id").asText();
                final Instant published = Instant.parse(node.get("published").asText());
                articles.add(new Labelled(node.get("story").asText(), new Article(id, 1,
                        "https://news.example/" + id, node.get("feed").asText(), node.get("title").asText(), null,
                        published, false, null, node.get("text").asText(), "en", published)));
            }
        }
        return articles;
    }

    private record Labelled(String story, Article article) {
    }
}
