package io.newsreel.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A temporary directory for a benchmark's broker and Streams state, deleted with everything in it on close. */
public final class ScratchDirectory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScratchDirectory.class);

    private final Path path;

    private ScratchDirectory(final Path path) {
        this.path = path;
    }

    public static ScratchDirectory create(final String prefix) {
        try {
            return new ScratchDirectory(Files.createTempDirectory(prefix));
        } catch (final IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the broker and the Streams state", e);
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the scratch data; a failure is only worth a warning, never worth hiding the figures. */
    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(path)) {
            for (final Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (final IOException | UncheckedIOException e) {
            LOG.warn("Cannot delete the benchmark's scratch data in {}: {}", path, e.toString());
        }
    }
}
