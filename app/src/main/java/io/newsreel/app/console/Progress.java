package io.newsreel.app.console;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Shows how far a long task has got on stderr, so that stdout keeps only results. On a terminal the line is redrawn
 * in place a few times a second; anywhere else (a log file, a CI run, a pipe) a whole line is printed now and then,
 * and nothing at all for a task done before the first of them. Safe to update from several threads.
 */
public final class Progress implements AutoCloseable {

    static final Duration REDRAW_EVERY = Duration.ofMillis(250);
    static final Duration LINE_EVERY = Duration.ofSeconds(10);

    private final String task;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private long shownAtNanos;
    /** What was done when last shown, or -1 before the first line. */
    private long shownDone = -1;
    private String shownDetail = "";
    private int drawnWidth;
    private long done;
    private String detail = "";
    private boolean closed;

    Progress(final String task, final long total, final PrintStream out, final boolean terminal,
             final LongSupplier nanoTime) {
        this.task = task;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.shownAtNanos = startNanos;
        if (terminal) {
            show(startNanos);
        }
    }

    /** Progress of {@code total} units of {@code task} on this process's stderr. */
    public static Progress onStderr(final String task, final long total) {
        return new Progress(task, total, System.err, System.console() != null, System::nanoTime);
    }

    public synchronized void update(final long unitsDone) {
        update(unitsDone, detail);
    }

    /** Records that {@code unitsDone} units are done, with {@code more} to say beside the count. */
    public synchronized void update(final long unitsDone, final String more) {
        done = unitsDone;
        detail = more;
        final long now = nanoTime.getAsLong();
        if (!closed && now - shownAtNanos >= (terminal ? REDRAW_EVERY : LINE_EVERY).toNanos()) {
            show(now);
        }
    }

    public synchronized void advance() {
        update(done + 1, detail);
    }

    /** Shows the final count: on a terminal always, elsewhere only below earlier lines and when it moved since. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (terminal || shownDone >= 0 && (done != shownDone || !detail.equals(shownDetail))) {
            show(nanoTime.getAsLong());
        }
        if (terminal) {
            out.println();
        }
        closed = true;
    }

    private void show(final long now) {
        final String line = new ProgressLine(task, done, total, detail, Duration.ofNanos(now - startNanos)).render();
        if (terminal) {
            // Spaces wipe what a longer earlier line left at the end.
            out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            drawnWidth = line.length();
        } else {
            out.println(line);
        }
        out.flush();
        shownAtNanos = now;
        shownDone = done;
        shownDetail = detail;
    }
}
