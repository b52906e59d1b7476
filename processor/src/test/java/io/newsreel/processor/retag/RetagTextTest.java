package io.newsreel.processor.retag;

import static io.newsreel.processor.retag.Tags.article;
import static io.newsreel.processor.retag.Tags.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetagTextTest {

    @Test
    void shouldPrintOneAlignedLinePerChange() {
        final ArticleDiff diff = TagDiff.between(
                article("a1", List.of(), List.of(person("steve-noh", "Steve Noh", "Steve Noh", 40))),
                article("a1", List.of(), List.of(person("noh-sang-hyun", "Noh Sang-hyun", "Steve Noh", 40),
                        person("yoon-seo-ah", "Yoon Seo-ah", "Sienna Yoon", 70))));

        assertThat(RetagText.lines(diff)).containsExactly(
                "person moved       a1  steve-noh (Steve Noh) -> noh-sang-hyun (Noh Sang-hyun) at \"Steve Noh\"",
                "person added       a1  yoon-seo-ah (Yoon Seo-ah) at \"Sienna Yoon\"");
    }

    @Test
    void shouldPrintAnUpdateOnceWithWhatChanged() {
        final TagChange change = new TagChange(ChangeKind.SHOW_UPDATED, "moving (Moving)", "moving (Moving)",
                "changed: salience MENTION -> PRIMARY");

        assertThat(RetagText.line("a1", change))
                .isEqualTo("show updated       a1  moving (Moving) changed: salience MENTION -> PRIMARY");
    }

    @Test
    void shouldSummarizeADryRunWithTheRate() {
        final RetagReport report = new RetagReport(new RetagFilter(LocalDate.parse("2024-03-01"), "moving"), true,
                412, 1_250, 50, 3, 1, 0, 1_196, 40, 2, Map.of(ChangeKind.PERSON_ADDED, 2L, ChangeKind.SHOW_MOVED, 1L),
                0, 0, 0, Duration.ofMillis(2_500), Duration.ofMillis(300), Duration.ofMillis(2_000));

        assertThat(RetagText.summary(report)).containsExactly(
                "Catalog: 412 entries. Articles: 1,250 (latest revisions), 50 published before 2024-03-01.",
                "Scanned 40 articles (published on or after 2024-03-01, tagged with show moving): 2 changed, "
                        + "38 unchanged.",
                "Changes: 1 show moved, 2 person added.",
                "Left to the processor: 3 not tagged yet, 1 not tagged at their latest revision.",
                "Dry run: nothing published.",
                "Re-tag rate: 1,196 articles in 2.50 s, 478.4 articles per second (catalog read and tagger built in "
                        + "0.30 s; tagger alone 598.0 articles per second).");
    }

    @Test
    void shouldSayWhatWasPublished() {
        final RetagReport report = new RetagReport(RetagFilter.ALL, false, 10, 3, 0, 0, 0, 0, 3, 3, 0, Map.of(),
                0, 0, 0, Duration.ofSeconds(1), Duration.ofMillis(5), Duration.ofMillis(10));

        assertThat(RetagText.summary(report)).contains("Scanned 3 articles (all articles): 0 changed, 3 unchanged.",
                "Published 0 articles in 0 transactions.");
    }
}
