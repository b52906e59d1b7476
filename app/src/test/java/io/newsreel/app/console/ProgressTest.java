package io.newsreel.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(written, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong(1_000);

    @Test
    void shouldRedrawOneLineInPlaceOnATerminal() {
        try (Progress progress = new Progress("Importing feeds", 3, stream, true, nanos::get)) {
            progress.advance();
            nanos.addAndGet(Progress.REDRAW_EVERY.toNanos());
            progress.advance();
            progress.advance();
        }

        final String twoDone = "Importing feeds: 2 of 3 (66%), 0:00, about 0:00 left";
        final String allDone = "Importing feeds: 3 of 3 (100%), 0:00";
        assertThat(text()).isEqualTo("\rImporting feeds: 0 of 3 (0%), 0:00" + "\r" + twoDone + "\r" + allDone
                + " ".repeat(twoDone.length() - allDone.length()) + System.lineSeparator());
    }

    @Test
    void shouldNotRedrawMoreOftenThanAFewTimesASecond() {
        try (Progress progress = new Progress("Importing feeds", 1_000, stream, true, nanos::get)) {
            for (int i = 0; i < 1_000; i++) {
                progress.advance();
            }
            assertThat(text()).isEqualTo("\rImporting feeds: 0 of 1,000 (0%), 0:00");
        }
    }

    @Test
    void shouldPrintAWholeLineNowAndThenWhenNotOnATerminal() {
        try (Progress progress = new Progress("Round 1", 100, stream, false, nanos::get)) {
            progress.update(10, "40 articles");
            nanos.addAndGet(Progress.LINE_EVERY.toNanos());
            progress.update(50, "200 articles");
            progress.update(60, "240 articles");
            nanos.addAndGet(Progress.LINE_EVERY.toNanos());
            progress.update(100, "400 articles");
        }

        assertThat(text().lines()).containsExactly(
                "Round 1: 50 of 100 (50%), 0:10, about 0:10 left; 200 articles",
                "Round 1: 100 of 100 (100%), 0:20; 400 articles");
        assertThat(text()).doesNotContain("\r");
    }

    @Test
    void shouldCloseWithTheFinalCountWhenItMovedSinceTheLastLine() {
        try (Progress progress = new Progress("Round 1", 100, stream, false, nanos::get)) {
            nanos.addAndGet(Progress.LINE_EVERY.toNanos());
            progress.update(40);
            progress.update(100);
        }

        assertThat(text().lines()).containsExactly("Round 1: 40 of 100 (40%), 0:10, about 0:15 left",
                "Round 1: 100 of 100 (100%), 0:10");
    }

    @Test
    void shouldPrintNothingWhenNotOnATerminalForATaskDoneBeforeItsFirstLine() {
        try (Progress progress = new Progress("Importing feeds", 2, stream, false, nanos::get)) {
            progress.advance();
            progress.advance();
        }

        assertThat(text()).isEmpty();
    }

    private String text() {
        return written.toString(StandardCharsets.UTF_8);
    }
}
