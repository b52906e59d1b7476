package io.newsreel.app.crash;

import io.newsreel.app.NewsreelCommandLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One newsreel service ({@code newsreel ingest|processor|sink}) in a JVM of its own, started with the test JVM's
 * class path, so that it can be killed the way a machine or the OOM killer kills a process: {@link #kill()} is
 * SIGKILL, with no shutdown hook, no flush, no goodbye to the group coordinator. Every start appends to the same log.
 */
final class ServiceProcess implements AutoCloseable {

    /** Small heaps and a single-threaded collector: three services and the broker share two busy cores. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:-UsePerfData");

    private final String name;
    private final List<String> arguments;
    private final Path log;
    private final List<Integer> exitsOnItsOwn = new ArrayList<>();
    private Process process;
    private int starts;
    private Instant started;
    private int kills;

    /**
     * @param name the service, which is also the command: {@code ingest}, {@code processor} or {@code sink}
     * @param arguments the command's arguments, the same for every start (same state directory, same ports)
     * @param log where the process's output goes
     */
    ServiceProcess(final String name, final List<String> arguments, final Path log) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.log = log;
    }

    String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + " (log: " + log.toAbsolutePath() + ")";
    }

    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        final List<String> command = new ArrayList<>(List.of(name));
        command.addAll(arguments);
        starts++;
        note("start #" + starts);
        started = Instant.now();
        try {
            process = new ProcessBuilder(NewsreelCommandLine.of(JVM_OPTIONS, command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        // Should the test JVM be stopped before the test closes its services, they must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, name + "-reaper"));
    }

    /** SIGKILL, then waits until the process is gone; notes it when the process had already exited on its own. */
    synchronized void kill() {
        if (!process.isAlive()) {
            exitsOnItsOwn.add(process.exitValue());
            note("found exited on its own with code " + process.exitValue());
        }
        kills++;
        note("SIGKILL #" + kills + " of pid " + process.pid() + " after " + Duration.between(started, Instant.now())
                .toSeconds() + " s, " + cpuSeconds(process) + " CPU-s");
        process.destroyForcibly();
        awaitExit(process);
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized int kills() {
        return kills;
    }

    /** The exit codes of processes that ended without being killed: a service should never stop by itself. */
    synchronized List<Integer> exitsOnItsOwn() {
        return List.copyOf(exitsOnItsOwn);
    }

    /** How the current process ended, with the last lines of the log; for a process that is no longer alive. */
    synchronized String exitReport(final int lines) {
        final List<String> log = logText().lines().toList();
        return this + " exited with code " + process.exitValue() + "; the last " + Math.min(lines, log.size())
                + " lines of its log:\n" + String.join("\n", log.subList(Math.max(0, log.size() - lines),
                log.size()));
    }

    private String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot read " + log, e);
        }
    }

    /** Whether the current start has logged the marker yet. */
    boolean startedWith(final String marker) {
        final String text = logText();
        final int start = text.lastIndexOf("=== " + name + ": start #");
        return start >= 0 && text.indexOf(marker, start) >= 0;
    }

    /** The test is over: SIGKILL, since nothing the services do afterwards is looked at. */
    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            note("end of test after " + Duration.between(started, Instant.now()).toSeconds() + " s, "
                    + cpuSeconds(process) + " CPU-s");
            process.destroyForcibly();
            awaitExit(process);
        }
    }

    private static String cpuSeconds(final Process process) {
        return process.info().totalCpuDuration().map(cpu -> Long.toString(cpu.toSeconds())).orElse("?");
    }

    private void note(final String event) {
        try {
            Files.writeString(log, "=== " + name + ": " + event + " at " + Instant.now() + " ===\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot write " + log, e);
        }
    }

    private static void awaitExit(final Process process) {
        try {
            if (!process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("pid " + process.pid() + " still alive 30 s after SIGKILL");
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for pid " + process.pid(), e);
        }
    }
}
